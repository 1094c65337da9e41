package io.mentoringspaces.bench;

import io.mentoringspaces.model.GoalStatus;
import java.time.LocalDate;

/**
 * Storage-format bodies of the pages a content-scan report reads: values kept in page-properties
 * ({@code details}) tables, the checklist as a task list, and a meeting page about as long as one
 * written from the Mentoring meeting template (about 3 KB).
 */
final class PageBodies {

    private static final String FILLER = "<p>We went through the agenda point by point, looked at what happened since the last "
            + "session and agreed what to try next. The mentee summarised the feedback from the team and the mentor "
            + "suggested two people to talk to before the next meeting.</p>";

    private PageBodies() {
    }

    static String home(boolean[] ticked) {
        StringBuilder body = new StringBuilder("<h2>Mentee checklist</h2><ac:task-list>");
        for (int i = 0; i < ticked.length; i++) {
            body.append("<ac:task><ac:task-id>").append(i + 1).append("</ac:task-id><ac:task-status>")
                    .append(ticked[i] ? "complete" : "incomplete").append("</ac:task-status><ac:task-body>Duty ")
                    .append(i + 1).append("</ac:task-body></ac:task>");
        }
        return body.append("</ac:task-list>").toString();
    }

    static String growthPlan(GoalStatus[] statuses, int[] progress) {
        StringBuilder body = new StringBuilder("<h2>Objectives</h2>");
        for (int i = 0; i < statuses.length; i++) {
            body.append("<h3>Goal ").append(i).append("</h3>")
                    .append("<ac:structured-macro ac:name=\"details\"><ac:parameter ac:name=\"id\">goal-").append(i)
                    .append("</ac:parameter><ac:rich-text-body><table><tbody>")
                    .append("<tr><th>Target</th><td>Measurable target of goal ").append(i).append("</td></tr>")
                    .append("<tr><th>Status</th><td>").append(statuses[i].name()).append("</td></tr>")
                    .append("<tr><th>Progress</th><td>").append(progress[i]).append("</td></tr>")
                    .append("</tbody></table></ac:rich-text-body></ac:structured-macro>")
                    .append("<p>Steps: read, practise, present, ask for feedback.</p>");
        }
        return body.toString();
    }

    static String meeting(LocalDate date, String mentee, int index) {
        return "<ac:structured-macro ac:name=\"details\"><ac:rich-text-body><table><tbody>"
                + "<tr><th>Meeting date</th><td><time datetime=\"" + date + "\"/></td></tr>"
                + "<tr><th>Mentee</th><td>" + mentee + "</td></tr>"
                + "<tr><th>Meeting</th><td>" + (index + 1) + "</td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>"
                + "<h2>Aims of the session</h2><p>Review progress on the growth plan and prepare the next steps.</p>"
                + "<h2>Agenda</h2><ul><li>Updates since the last meeting</li><li>Obstacles</li><li>Feedback</li></ul>"
                + "<h2>Updates and obstacles</h2>" + FILLER + FILLER
                + "<h2>Feedback asked for and given</h2>" + FILLER
                + "<h2>Action items</h2><ac:task-list><ac:task><ac:task-id>1</ac:task-id>"
                + "<ac:task-status>incomplete</ac:task-status><ac:task-body>Book a slot with the team lead</ac:task-body>"
                + "</ac:task><ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status>"
                + "<ac:task-body>Send the draft to the mentor</ac:task-body></ac:task></ac:task-list>"
                + "<h2>Next meeting</h2>" + FILLER;
    }
}
