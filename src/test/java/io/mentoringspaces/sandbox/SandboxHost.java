package io.mentoringspaces.sandbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.labels.SpaceLabelManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.mentoringspaces.confluence.TestUser;
import io.mentoringspaces.confluence.VelocityTemplateRenderer;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The sandbox doubles of the Confluence services the app imports ({@code osgi:reference} in its
 * Spring context), each answered from {@link SandboxConfluence}, the sandbox's database, event bus and
 * web resources: Mockito stubs (they record nothing) of the declared host interfaces, named
 * {@code sandbox<Service>}, plus the real Velocity engine as the template renderer.
 */
public final class SandboxHost {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final Map<String, UserProfile> profiles = new ConcurrentHashMap<>();
    private final SandboxConfluence confluence;

    public SandboxHost(SandboxConfluence confluence, ActiveObjects activeObjects, SandboxEvents events,
            SandboxWebResources webResources, Properties bundle, Supplier<String> baseUrl) {
        this.confluence = confluence;
        services.put(ActiveObjects.class, activeObjects);
        services.put(PermissionManager.class, permissionManager());
        services.put(SpaceManager.class, spaceManager());
        services.put(PageManager.class, pageManager());
        services.put(UserManager.class, userManager());
        services.put(I18nResolver.class, i18n(bundle));
        services.put(ApplicationProperties.class, applicationProperties(baseUrl));
        services.put(TemplateRenderer.class, new VelocityTemplateRenderer());
        services.put(PageBuilderService.class, pageBuilder(webResources));
        services.put(LoginUriProvider.class, loginUriProvider(baseUrl));
        services.put(EventPublisher.class, eventPublisher(events));
        services.put(LabelManager.class, labelManager());
        services.put(SpaceLabelManager.class, spaceLabelManager());
        services.put(SpacePermissionManager.class, spacePermissionManager());
        services.put(UserAccessor.class, userAccessor());
    }

    /** The host service of that interface. */
    public <T> T get(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("The sandbox has no double of " + type.getName());
        }
        return type.cast(service);
    }

    private static <T> T stub(Class<T> type) {
        return mock(type, withSettings().stubOnly().name("sandbox" + type.getSimpleName()));
    }

    private PermissionManager permissionManager() {
        PermissionManager permissions = stub(PermissionManager.class);
        when(permissions.hasPermission(any(), any(Permission.class), any(Object.class))).thenAnswer(call -> {
            Object target = call.getArgument(2);
            User user = call.getArgument(0);
            if (target == PermissionManager.TARGET_APPLICATION) {
                // VIEW on the application is Confluence's "can use": every user of the sandbox may use it.
                return call.getArgument(1) == Permission.VIEW ? user != null : confluence.isAdmin(user);
            }
            return confluence.hasPermission(user, call.getArgument(1), target);
        });
        when(permissions.isConfluenceAdministrator(any())).thenAnswer(call -> confluence.isAdmin(call.getArgument(0)));
        return permissions;
    }

    private SpaceManager spaceManager() {
        SpaceManager spaces = stub(SpaceManager.class);
        when(spaces.getSpace(anyString())).thenAnswer(call -> confluence.space(call.getArgument(0)));
        return spaces;
    }

    private PageManager pageManager() {
        PageManager pages = stub(PageManager.class);
        when(pages.getPage(anyLong())).thenAnswer(call -> confluence.page(call.<Long>getArgument(0)));
        when(pages.getAbstractPage(anyLong())).thenAnswer(call -> confluence.page(call.<Long>getArgument(0)));
        when(pages.getPage(anyString(), anyString()))
                .thenAnswer(call -> confluence.page(call.<String>getArgument(0), call.<String>getArgument(1)));
        when(pages.getPages(any(Space.class), anyBoolean()))
                .thenAnswer(call -> confluence.pages(call.<Space>getArgument(0).getKey(), call.<Boolean>getArgument(1)));
        return pages;
    }

    private UserManager userManager() {
        UserManager users = stub(UserManager.class);
        when(users.getRemoteUserKey()).thenAnswer(call -> {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            return user == null ? null : user.getKey();
        });
        when(users.getUserProfile(any(UserKey.class))).thenAnswer(call -> profile(confluence.user(call.<UserKey>getArgument(0))));
        when(users.getUserProfile(anyString())).thenAnswer(call -> profile(confluence.user(call.<String>getArgument(0))));
        when(users.isUserInGroup(any(), any()))
                .thenAnswer(call -> confluence.isMember(confluence.user(call.<UserKey>getArgument(0)), call.getArgument(1)));
        when(users.isAdmin(any())).thenAnswer(call -> confluence.isAdmin(confluence.user(call.<UserKey>getArgument(0))));
        when(users.isSystemAdmin(any())).thenAnswer(call -> confluence.isAdmin(confluence.user(call.<UserKey>getArgument(0))));
        return users;
    }

    private UserProfile profile(TestUser user) {
        if (user == null) {
            return null;
        }
        return profiles.computeIfAbsent(user.getName(), name -> {
            UserProfile profile = stub(UserProfile.class);
            when(profile.getUserKey()).thenReturn(user.getKey());
            when(profile.getUsername()).thenReturn(user.getName());
            when(profile.getFullName()).thenReturn(user.getFullName());
            return profile;
        });
    }

    private static I18nResolver i18n(Properties bundle) {
        I18nResolver i18n = stub(I18nResolver.class);
        when(i18n.getText(anyString())).thenAnswer(call -> text(bundle, call.getArgument(0), new Object[0]));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] all = call.getArguments();
            return text(bundle, (String) all[0], Arrays.copyOfRange(all, 1, all.length));
        });
        return i18n;
    }

    private static String text(Properties bundle, String key, Object[] arguments) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            return key;
        }
        Object[] flat = arguments.length == 1 && arguments[0] instanceof Object[] nested ? nested : arguments;
        return flat.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(flat);
    }

    private static ApplicationProperties applicationProperties(Supplier<String> baseUrl) {
        ApplicationProperties application = stub(ApplicationProperties.class);
        when(application.getBaseUrl(any(UrlMode.class))).thenAnswer(call -> {
            UrlMode mode = call.getArgument(0);
            return mode == UrlMode.RELATIVE || mode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl.get();
        });
        return application;
    }

    private static PageBuilderService pageBuilder(SandboxWebResources webResources) {
        RequiredResources resources = stub(RequiredResources.class);
        when(resources.requireWebResource(anyString())).thenAnswer(call -> {
            webResources.require(call.getArgument(0));
            return resources;
        });
        WebResourceAssembler assembler = stub(WebResourceAssembler.class);
        when(assembler.resources()).thenReturn(resources);
        PageBuilderService pageBuilder = stub(PageBuilderService.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        return pageBuilder;
    }

    private static LoginUriProvider loginUriProvider(Supplier<String> baseUrl) {
        LoginUriProvider login = stub(LoginUriProvider.class);
        when(login.getLoginUri(any(URI.class))).thenAnswer(call -> {
            URI back = call.getArgument(0);
            String destination = back.getRawPath() + (back.getRawQuery() == null ? "" : "?" + back.getRawQuery());
            return URI.create(baseUrl.get() + SandboxPages.LOGIN + "?os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        });
        return login;
    }

    private static EventPublisher eventPublisher(SandboxEvents events) {
        EventPublisher publisher = stub(EventPublisher.class);
        doAnswer(call -> {
            events.register(call.getArgument(0));
            return null;
        }).when(publisher).register(any());
        doAnswer(call -> {
            events.unregister(call.getArgument(0));
            return null;
        }).when(publisher).unregister(any());
        doAnswer(call -> {
            events.publish(call.getArgument(0));
            return null;
        }).when(publisher).publish(any());
        return publisher;
    }

    private LabelManager labelManager() {
        LabelManager labels = stub(LabelManager.class);
        when(labels.addLabel(any(Labelable.class), any(Label.class)))
                .thenAnswer(call -> confluence.addLabel(call.<ContentEntityObject>getArgument(0), call.getArgument(1)));
        return labels;
    }

    private SpaceLabelManager spaceLabelManager() {
        SpaceLabelManager labels = stub(SpaceLabelManager.class);
        when(labels.addLabel(any(Space.class), anyString()))
                .thenAnswer(call -> confluence.addCategory(call.getArgument(0), call.getArgument(1)));
        return labels;
    }

    private SpacePermissionManager spacePermissionManager() {
        SpacePermissionManager permissions = stub(SpacePermissionManager.class);
        doAnswer(call -> {
            confluence.savePermission(call.<SpacePermission>getArgument(0));
            return null;
        }).when(permissions).savePermission(any());
        doAnswer(call -> {
            confluence.removePermission(call.<SpacePermission>getArgument(0));
            return null;
        }).when(permissions).removePermission(any());
        return permissions;
    }

    private UserAccessor userAccessor() {
        UserAccessor users = stub(UserAccessor.class);
        when(users.getUserByName(anyString())).thenAnswer(call -> confluence.user(call.<String>getArgument(0)));
        when(users.getUserByKey(any())).thenAnswer(call -> confluence.user(call.<UserKey>getArgument(0)));
        Map<String, Group> groups = new ConcurrentHashMap<>();
        when(users.getGroup(anyString())).thenAnswer(call -> {
            String name = call.getArgument(0);
            return confluence.groupExists(name) ? groups.computeIfAbsent(name, n -> stub(Group.class)) : null;
        });
        return users;
    }
}
