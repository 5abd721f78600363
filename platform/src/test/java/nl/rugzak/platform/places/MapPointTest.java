package nl.rugzak.platform.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.rugzak.platform.places.MapPlaces.BoundingBox;
import org.junit.jupiter.api.Test;

/** Points and boxes: street-level rounding, and only real boxes from the map's script. */
class MapPointTest {

    @Test
    void aResidentsPointIsKeptAtStreetLevel() {
        MapPoint exact = new MapPoint(52.156123, 5.387849);

        assertThat(exact.streetLevel()).isEqualTo(new MapPoint(52.156, 5.388));
        assertThat(new MapPoint(-33.8675, 151.2075).streetLevel()).isEqualTo(new MapPoint(-33.868, 151.208));
    }

    @Test
    void aPointOffTheEarthIsRefused() {
        assertThatThrownBy(() -> new MapPoint(91, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapPoint(52, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leafletsBoxStringIsReadAndClampedToTheWorld() {
        assertThat(BoundingBox.parse("5.1,52.0,5.5,52.3")).isEqualTo(new BoundingBox(5.1, 52.0, 5.5, 52.3));
        assertThat(BoundingBox.parse("-200,-95,200,95")).isEqualTo(BoundingBox.WORLD);
        for (String bad : List.of("", "1,2,3", "a,b,c,d", "5,52,4,53", "NaN,1,2,3", "1,2,3,4,5")) {
            assertThatThrownBy(() -> BoundingBox.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aResidentsChoiceDecidesThePrecisionStaffAlwaysKeepTheirPoint() {
        MapPoint picked = new MapPoint(52.156123, 5.387849);

        assertThat(new ChosenPoint(picked, false).stored()).isEqualTo(new MapPoint(52.156, 5.388));
        assertThat(new ChosenPoint(picked, true).stored()).isEqualTo(picked);
        assertThat(ChosenPoint.byStaff(picked).stored()).isEqualTo(picked);
    }
}
