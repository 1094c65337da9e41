package io.mentoringspaces.model;

import java.time.LocalDate;

/**
 * How a closed mentorship was closed.
 *
 * @param closedOn     the day it was closed: the plan's figures are those of that day
 * @param closedBy     the user key of the mentee or mentor who closed it
 * @param reviewPageId the closing review page it was closed from
 */
public record Closure(LocalDate closedOn, String closedBy, long reviewPageId) {
}
