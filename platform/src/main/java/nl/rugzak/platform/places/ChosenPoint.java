package nl.rugzak.platform.places;

/**
 * A point someone picked on a map or found by address, and whether they allowed its exact position to be used.
 * Residents' points are kept at street level unless they said so: a map of residents' items must not point at
 * anyone's front door. Staff place public things (a square, a community centre) and always keep the exact point.
 */
public record ChosenPoint(MapPoint point, boolean exact) {

    public ChosenPoint {
        if (point == null) {
            throw new IllegalArgumentException("A chosen point needs a point");
        }
    }

    /** The point as it may be stored: rounded to street level unless the resident allowed the exact one. */
    public MapPoint stored() {
        return exact ? point : point.streetLevel();
    }

    /** A point staff chose: public places, stored as they are. */
    public static ChosenPoint byStaff(MapPoint point) {
        return new ChosenPoint(point, true);
    }
}
