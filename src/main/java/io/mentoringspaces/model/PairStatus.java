package io.mentoringspaces.model;

import java.util.List;

/**
 * How a pair of a programme is doing, in order of urgency (the order the status column sorts by).
 * The rules are stated in the README: an ended pair's space was removed; a closed pair closed its
 * mentorship with a closing review, and its figures are those of the day it closed; an invited pair's
 * mentor has not accepted yet, and no meetings are expected of it; a stalled pair has not met
 * for more than two cadence periods; a pair at risk has missed its next meeting or held fewer than
 * half the meetings expected; every other pair is on track.
 */
public enum PairStatus {
    STALLED,
    AT_RISK,
    ON_TRACK,
    INVITED,
    CLOSED,
    ENDED;

    /** Below this cadence adherence (percent) a pair is at risk. */
    public static final int AT_RISK_BELOW_ADHERENCE = 50;

    /** The status of a pair whose plan has that status, with the given cadence figures. */
    public static PairStatus of(PlanStatus plan, CadenceFigures cadence) {
        if (plan == PlanStatus.ARCHIVED) {
            return ENDED;
        }
        if (plan == PlanStatus.INVITED) {
            return INVITED;
        }
        if (plan == PlanStatus.CLOSED) {
            return CLOSED;
        }
        if (cadence.stalled()) {
            return STALLED;
        }
        if (cadence.overdue() || cadence.adherencePercent() < AT_RISK_BELOW_ADHERENCE) {
            return AT_RISK;
        }
        return ON_TRACK;
    }

    /** The name used in URLs, JSON and CSV: {@code on-track}, {@code at-risk}, {@code stalled}, {@code invited}, {@code closed}, {@code ended}. */
    public String parameter() {
        return Parameters.of(this);
    }

    /** The status named by {@link #parameter()}, or null. */
    public static PairStatus fromParameter(String text) {
        return Parameters.parse(values(), text);
    }

    public static List<String> parameters() {
        return Parameters.names(values());
    }
}
