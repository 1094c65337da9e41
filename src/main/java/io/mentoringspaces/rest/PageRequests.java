package io.mentoringspaces.rest;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.FieldName;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.view.Viewer;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks every request about a page's macros starts with. A logged-in user who may not use
 * Confluence is refused first ({@link Caller}). Reading needs the right to view the page (anonymous
 * users are asked to log in, others are told nothing exists); changing also needs a logged-in user
 * who may edit the page. Refusals name nothing of the page or its plan.
 */
public class PageRequests {

    private final AccessService access;
    private final PlanService plans;
    private final RestResponses responses;

    public PageRequests(AccessService access, PlanService plans, RestResponses responses) {
        this.access = access;
        this.plans = plans;
        this.responses = responses;
    }

    /** Who asks about which page of which plan, and whether they may edit the page. */
    public record PageRequest(ConfluenceUser user, AbstractPage page, GrowthPlan plan, boolean canEdit) {

        /** The viewer the macro views are re-rendered for: interactive, on this page. */
        public Viewer viewer() {
            return new Viewer(user, page.getId(), canEdit, true);
        }
    }

    /** A request to read the state of the page's macros. */
    public PageRequest read(long pageId) {
        ConfluenceUser user = Caller.current(access, responses);
        AbstractPage page = access.viewablePage(user, pageId);
        if (page == null) {
            throw unseen(user);
        }
        return new PageRequest(user, page, plan(page.getSpaceKey()), user != null && access.canEditPage(user, page));
    }

    /** A request to change state from the page: a logged-in user who may edit it. */
    public PageRequest change(long pageId) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            throw new WebApplicationException(responses.notLoggedIn());
        }
        PageRequest request = read(pageId);
        if (!request.canEdit()) {
            throw new WebApplicationException(responses.forbidden());
        }
        return request;
    }

    /**
     * A request to change what only the plan's mentee or mentor may change, as {@code who} picks them
     * from the plan: a logged-in user (401) who may view the page (404) and is one of them (403).
     */
    public PageRequest byPair(long pageId, PairMember who) {
        ConfluenceUser user = access.currentUser();
        if (user == null) {
            throw new WebApplicationException(responses.notLoggedIn());
        }
        PageRequest request = read(pageId);
        if (!who.is(request.plan(), user.getKey().getStringValue())) {
            throw new WebApplicationException(responses.forbidden());
        }
        return request;
    }

    /** Which of the pair may make a change. */
    @FunctionalInterface
    public interface PairMember {

        /** Either of the pair. */
        PairMember EITHER = GrowthPlan::isPair;
        /** The mentee only. */
        PairMember MENTEE = (plan, userKey) -> plan.menteeKey().equals(userKey);

        boolean is(GrowthPlan plan, String userKey);
    }

    /** The user reading about a space, who may view it; refused like a page the user may not view. */
    public ConfluenceUser spaceReader(String spaceKey) {
        ConfluenceUser user = Caller.current(access, responses);
        if (!access.canViewSpace(user, spaceKey)) {
            throw unseen(user);
        }
        return user;
    }

    /** Anonymous users are asked to log in; the others are told nothing exists. */
    private WebApplicationException unseen(ConfluenceUser user) {
        return new WebApplicationException(user == null ? responses.notLoggedIn() : responses.notFound());
    }

    /** The growth plan of a space the user may view. */
    public GrowthPlan plan(String spaceKey) {
        return plans.findBySpaceKey(spaceKey)
                .orElseThrow(() -> new NotFoundException("spaceKey", "mentoring.error.plan.unknown"));
    }

    /** The JSON object a change was sent with; refused when there is none. */
    public static Map<String, Object> body(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidInputException(null, "mentoring.rest.error.body");
        }
        return body;
    }

    /**
     * A whole number from the body, or null when absent; refused when it is anything else, with the
     * message of {@code messageKey} for the field's name and then {@code arguments}.
     */
    public static Integer integer(Map<String, Object> body, String field, String messageKey, Object... arguments) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = new FieldName(field);
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        throw new InvalidInputException(field, messageKey, all);
    }

    /** A text from the body, or null when absent; refused when it is not a string. */
    public static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidInputException(field, "mentoring.rest.error.text", new FieldName(field));
    }

    /**
     * A value from a list, named in the body as text; refused when absent or not one of {@code allowed}
     * (the message lists them).
     */
    public static <T> T choice(Map<String, Object> body, String field, Function<String, T> parse, List<String> allowed) {
        String text = text(body, field);
        if (text == null) {
            throw new InvalidInputException(field, "mentoring.error.required", new FieldName(field));
        }
        T value = parse.apply(text.strip());
        if (value == null) {
            throw new InvalidInputException(field, "mentoring.error.value.allowed", String.join(", ", allowed));
        }
        return value;
    }

    /** A true or false from the body; refused when absent or anything else. */
    public static boolean bool(Map<String, Object> body, String field) {
        if (body.get(field) instanceof Boolean value) {
            return value;
        }
        throw new InvalidInputException(field, "mentoring.rest.error.boolean", new FieldName(field));
    }
}
