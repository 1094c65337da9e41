package io.mentoringspaces.confluence;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.rest.ActionItemResource;
import io.mentoringspaces.rest.ActivityResource;
import io.mentoringspaces.rest.ArrangementResource;
import io.mentoringspaces.rest.BlueprintResource;
import io.mentoringspaces.rest.CalendarResource;
import io.mentoringspaces.rest.ChecklistResource;
import io.mentoringspaces.rest.ClosingResource;
import io.mentoringspaces.rest.FeedbackResource;
import io.mentoringspaces.rest.GoalResource;
import io.mentoringspaces.rest.IndexResource;
import io.mentoringspaces.rest.InvitationResource;
import io.mentoringspaces.rest.JsonBodies;
import io.mentoringspaces.rest.JsonLimitsMapper;
import io.mentoringspaces.rest.JsonShapeMapper;
import io.mentoringspaces.rest.MalformedJsonMapper;
import io.mentoringspaces.rest.MeetingRecordResource;
import io.mentoringspaces.rest.MeetingResource;
import io.mentoringspaces.rest.MyResource;
import io.mentoringspaces.rest.NotificationResource;
import io.mentoringspaces.rest.ParameterGate;
import io.mentoringspaces.rest.ProgrammeResource;
import io.mentoringspaces.rest.RefusalMapper;
import io.mentoringspaces.rest.UnexpectedErrorMapper;
import io.mentoringspaces.rest.WebApplicationMapper;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * HB-4: REST v2 creates the module's resources by class through its injector, from the app's beans:
 * a resource needs one constructor annotated {@code @jakarta.inject.Inject} whose arguments are beans.
 * The module is every {@code @Path} and {@code @Provider} class of the descriptor's REST packages.
 */
public class HB4_RestResourcesInjectedByClassTest {

    private static WebServer server;

    /** A bean of the app's kind. */
    public static final class Greeting {

        String text() {
            return "hello";
        }
    }

    @Path("/injected")
    public static final class Injected {

        private final Greeting greeting;

        @Inject
        public Injected(Greeting greeting) {
            this.greeting = greeting;
        }

        @GET
        public String greeting() {
            return greeting.text();
        }
    }

    /** A resource whose constructor takes a bean but is not annotated for injection. */
    @Path("/uninjectable")
    public static final class Uninjectable {

        private final Greeting greeting;

        public Uninjectable(Greeting greeting) {
            this.greeting = greeting;
        }

        @GET
        public String greeting() {
            return greeting.text();
        }
    }

    @BeforeClass
    public static void start() throws Exception {
        ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());
        server = new WebServer(confluence::loginAs, Map.of(),
                RestHost.application(List.of(Injected.class, Uninjectable.class), List.of(new Greeting())));
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    @Test
    public void shouldCreateResourcesByClassWithTheBeansInjected() throws Exception {
        assertEquals("hello", server.rest().get("/injected", null).body());
    }

    @Test
    public void shouldFailToCreateAResourceWithoutAnInjectConstructor() throws Exception {
        assertEquals(500, server.rest().get("/uninjectable", null).status());
    }

    @Test
    public void shouldServeEveryPathAndProviderClassOfTheDescriptorsRestPackagesAtItsPath() throws Exception {
        assertEquals(List.of(ActionItemResource.class, ActivityResource.class, ArrangementResource.class, BlueprintResource.class,
                CalendarResource.class, ChecklistResource.class, ClosingResource.class, FeedbackResource.class, GoalResource.class,
                IndexResource.class, InvitationResource.class, JsonBodies.class, JsonLimitsMapper.class, JsonShapeMapper.class,
                MalformedJsonMapper.class, MeetingRecordResource.class, MeetingResource.class, MyResource.class, NotificationResource.class,
                ParameterGate.class, ProgrammeResource.class, RefusalMapper.class, UnexpectedErrorMapper.class,
                WebApplicationMapper.class), RestHost.moduleClasses(SourceFiles.descriptor().document()));
        assertEquals("/rest/mentoring/1.0", RestHost.path(SourceFiles.descriptor().document()));
    }
}
