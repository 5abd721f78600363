package nl.rugzak.platform.mydata;

import java.util.List;
import java.util.Map;

/**
 * Implemented by every feature that stores something about a resident in the tenant's schema (initiatives,
 * comments, moderation; later updates): it shows it for the resident's "my data" page and export, and erases or
 * anonymises it when the resident deletes their account. Both run inside the caller's transaction and only ever for
 * the caller's own resident id; neither checks who is calling (the {@link MyData} service does).
 */
public interface PersonalDataHolder {

    /** The sections this feature adds to the export, in Dutch ("reacties", ...), each a list of records. */
    Map<String, List<Map<String, Object>>> export(long residentId);

    /** Removes or anonymises everything of this feature about the resident, keeping counts consistent. */
    void erase(Erasure erasure);

    /**
     * What erasure needs: whose data, their name as it was copied into texts (status histories), the placeholder
     * resident that anonymised content points to, and whether the resident's initiatives stay (anonymised).
     */
    record Erasure(long residentId, String displayName, long placeholderId, boolean keepOwnItems) {
    }
}
