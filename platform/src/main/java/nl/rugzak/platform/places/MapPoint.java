package nl.rugzak.platform.places;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A point in WGS84 degrees (latitude north, longitude east), as PDOK's services and Leaflet use it. */
public record MapPoint(double latitude, double longitude) {

    /** Three decimals: about 110 m north-south and 70 m east-west here, the precision of a street, not a front door. */
    public static final int STREET_DECIMALS = 3;

    public MapPoint {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a point on earth: " + latitude + "," + longitude);
        }
    }

    /**
     * The point as stored for a resident who did not ask for an exact one: rounded to street level, so a map of
     * residents' points does not show where someone lives.
     */
    public MapPoint streetLevel() {
        return new MapPoint(round(latitude), round(longitude));
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(STREET_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
