package io.mentoringspaces.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The mentor agreeing to a goal's target, as it read then. Table {@code AO_2229CD_MENTOR_AGREEMENT}. */
@Table("MentorAgreement")
public interface MentorAgreementEntity extends Entity {

    /** The goal agreed to. */
    @NotNull
    @Indexed
    int getGoalId();

    void setGoalId(int goalId);

    /** The plan of the goal, so that a plan's agreements are read in one statement. */
    @NotNull
    @Indexed
    int getPlanId();

    void setPlanId(int planId);

    /** User key of the mentor who agreed. */
    @NotNull
    @StringLength(255)
    String getMentorKey();

    void setMentorKey(String mentorKey);

    /** When the mentor agreed. */
    @NotNull
    @Indexed
    Date getAgreedAt();

    void setAgreedAt(Date agreedAt);

    /** The measurable target as it read when agreed. */
    @StringLength(450)
    String getTargetText();

    void setTargetText(String targetText);
}
