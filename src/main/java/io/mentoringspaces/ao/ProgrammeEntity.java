package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A mentoring programme: the unit coordinators look after. Table {@code AO_2229CD_PROGRAMME}. */
@Table("Programme")
public interface ProgrammeEntity extends Entity {

    /** Immutable key, lower case; also the space category of the programme's spaces. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(32)
    String getProgrammeKey();

    void setProgrammeKey(String programmeKey);

    /** Display name. */
    @NotNull
    @StringLength(100)
    String getName();

    void setName(String name);

    /** Free-text description, up to 2,000 characters. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** Name of the Confluence group whose members coordinate the programme; null for none. */
    @StringLength(255)
    String getCoordinatorGroup();

    void setCoordinatorGroup(String coordinatorGroup);

    /** Name of a {@code Cadence}: the cadence proposed to new pairs. */
    @NotNull
    @StringLength(16)
    String getDefaultCadence();

    void setDefaultCadence(String defaultCadence);

    /** Name of a {@code CoordinatorAccess}: what coordinators may see of the pairs' spaces. */
    @NotNull
    @StringLength(16)
    String getCoordinatorAccess();

    void setCoordinatorAccess(String coordinatorAccess);

    /** Archived programmes are hidden from the space wizard; their data stays. */
    @NotNull
    @Default("false")
    @Indexed
    boolean isArchived();

    void setArchived(boolean archived);

    /** When the programme was created. */
    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
