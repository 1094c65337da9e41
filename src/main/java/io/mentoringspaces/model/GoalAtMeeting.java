package io.mentoringspaces.model;

import java.time.Instant;

/**
 * A goal as it stood at a meeting beside its current state: the latest progress update recorded on or
 * before the end of the meeting's day, or not started at 0 % when none was.
 *
 * @param goal       the goal as it is now
 * @param percent    its progress then
 * @param status     its status then
 * @param recordedAt when the update it stood at was recorded; null when none had been
 */
public record GoalAtMeeting(Goal goal, int percent, GoalStatus status, Instant recordedAt) {
}
