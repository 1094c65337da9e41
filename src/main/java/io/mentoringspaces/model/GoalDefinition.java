package io.mentoringspaces.model;

import java.time.LocalDate;

/**
 * A goal as defined by a goal macro on the growth-plan page; its position is its place in the list
 * handed to the goal index. Target and due date may be null.
 */
public record GoalDefinition(String goalKey, String title, String target, LocalDate dueDate, GoalStatus status) {
}
