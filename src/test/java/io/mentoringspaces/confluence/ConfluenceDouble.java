package io.mentoringspaces.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.SpaceLabelManager;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.w3c.dom.Document;

/**
 * The one Confluence the tests and the sandbox run the app in: its directory (users, groups,
 * licences, administrators, anonymous access), its content (spaces with their permissions and
 * categories, pages with versions, labels, trash and restrictions), its event bus, its editor and
 * create-content plugin, its page renderer and template renderer, its scheduler ({@link #scheduler()},
 * HB-11) and mail queue with its SMTP server ({@link #mail()}, HB-12), and its services bound to the host
 * interfaces the app imports, each behaving as Confluence's for what the app calls. The app runs in it
 * as Confluence runs it, started from its own Spring context and descriptor ({@link #startApp}).
 *
 * <p>Set-up methods ({@link #user}, {@link #space}, {@link #page}, {@link #grant}...) put things in
 * place as they already are, without events; {@link #editor()} and {@link #createContent()} do what
 * people do, with Confluence's events; {@link #render} shows a page as a user sees it; {@link #serve()}
 * puts the app's servlets and REST module on a web server, {@link #serveSite} Confluence's pages for
 * people around them; {@link #keepContentIn} keeps the content in a file, as Confluence keeps it in its
 * database.
 */
public final class ConfluenceDouble implements AutoCloseable {

    /** The base URL of the test Confluence (no context path). */
    public static final String BASE_URL = "https://wiki.example.com";
    /** Confluence's login page. */
    public static final String LOGIN_PATH = "/login.action";

    private final Clock clock;
    private final Directory directory = new Directory();
    private final ContentStore content = new ContentStore();
    private final SynchronousEventPublisher events = new SynchronousEventPublisher();
    private final VelocityTemplateRenderer templateRenderer = new VelocityTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private final BundleI18nResolver i18n;
    private final Map<String, Macro> otherMacros = new LinkedHashMap<>();
    private final OtherPluginsMacros otherPlugins;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final InMemoryPermissionManager permissions;
    private final InMemorySpacePermissionManager spacePermissions;
    private final Editor editor;
    private final CreateContent createContent;
    private final PageRenderer renderer;
    private final Scheduler scheduler = new Scheduler();
    private final MailQueue mail = new MailQueue();
    private PluginContainer plugin;
    private ContentFile contentFile;

    public ConfluenceDouble(Clock clock) {
        this(clock, () -> BASE_URL);
    }

    /** A Confluence whose base URL (scheme, host and context path) {@code baseUrl} gives. */
    public ConfluenceDouble(Clock clock, Supplier<String> baseUrl) {
        this.clock = clock;
        spacePermissions = new InMemorySpacePermissionManager(directory, content);
        permissions = new InMemoryPermissionManager(directory, content, spacePermissions);
        InMemoryLabelManager labels = new InMemoryLabelManager(content, events);
        InMemorySpaceLabelManager spaceLabels = new InMemorySpaceLabelManager(content);
        UserLocales locales = new UserLocales();
        i18n = new BundleI18nResolver(locales::getLocale, ConfluenceDouble::bundle);
        services.put(PermissionManager.class, HostBinding.bind(PermissionManager.class, permissions));
        services.put(SpacePermissionManager.class, HostBinding.bind(SpacePermissionManager.class, spacePermissions));
        services.put(SpaceManager.class, HostBinding.bind(SpaceManager.class, new InMemorySpaceManager(content)));
        editor = new Editor(content, events, labels, spacePermissions, clock);
        services.put(PageManager.class, HostBinding.bind(PageManager.class, new InMemoryPageManager(content, editor)));
        services.put(LabelManager.class, HostBinding.bind(LabelManager.class, labels));
        services.put(SpaceLabelManager.class, HostBinding.bind(SpaceLabelManager.class, spaceLabels));
        services.put(UserManager.class, HostBinding.bind(UserManager.class, new DirectoryUserManager(directory, permissions)));
        services.put(UserAccessor.class, HostBinding.bind(UserAccessor.class, new DirectoryUserAccessor(directory)));
        services.put(I18nResolver.class, HostBinding.bind(I18nResolver.class, i18n));
        services.put(LocaleResolver.class, HostBinding.bind(LocaleResolver.class, locales));
        services.put(LocaleManager.class, HostBinding.bind(LocaleManager.class, locales));
        services.put(SchedulerService.class, HostBinding.bind(SchedulerService.class, scheduler));
        services.put(MultiQueueTaskManager.class, HostBinding.bind(MultiQueueTaskManager.class, mail));
        services.put(MailServerManager.class, HostBinding.bind(MailServerManager.class, mail));
        services.put(ApplicationProperties.class, HostBinding.bind(ApplicationProperties.class,
                new SiteApplicationProperties(baseUrl)));
        services.put(LoginUriProvider.class, HostBinding.bind(LoginUriProvider.class, new LoginPageUriProvider(baseUrl, LOGIN_PATH)));
        services.put(PageBuilderService.class, HostBinding.bind(PageBuilderService.class, pageBuilder));
        services.put(TemplateRenderer.class, templateRenderer);
        services.put(EventPublisher.class, events);
        createContent = new CreateContent(() -> plugin, editor, events, labels, spaceLabels, i18n,
                new PageTemplates(service(I18nResolver.class)));
        renderer = new PageRenderer(content, directory, baseUrl, this::macro);
        otherPlugins = new OtherPluginsMacros(content, permissions, baseUrl);
    }

    /** The app's bundle of a locale ({@code ""}: the base bundle) as Confluence loads its i18n resource. */
    static Properties bundle(String locale) {
        try {
            return SourceFiles.i18n(locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the app as Confluence enables it, on the real Active Objects runtime {@code activeObjects}. */
    public PluginContainer startApp(ActiveObjects activeObjects) {
        if (plugin != null) {
            throw new IllegalStateException("The app is started already");
        }
        services.put(ActiveObjects.class, activeObjects);
        try {
            plugin = new PluginContainer(SourceFiles.descriptor().document(), this::service, clock);
        } catch (Exception e) {
            throw new IllegalStateException("The app does not start", e);
        }
        return plugin;
    }

    /** The started app: its beans and modules. */
    public PluginContainer app() {
        if (plugin == null) {
            throw new IllegalStateException("The app is not started");
        }
        return plugin;
    }

    /**
     * The started app's servlets and REST module on Confluence's web server (close it after use),
     * each request made by the user it names.
     */
    public WebServer serve() {
        try {
            return new WebServer(this::loginAs, servlets(), RestHost.module(SourceFiles.descriptor().document(),
                    app().beans()));
        } catch (Exception e) {
            throw new IllegalStateException("The web server does not start", e);
        }
    }

    /**
     * Confluence for people on a web server: the app's servlets and REST module as {@link #serve()} puts
     * them, with Confluence's pages, login, page decoration and web resources around them
     * ({@link Site}); the content is saved after each request when it is kept in a file.
     */
    public WebServer serveSite(Site site) {
        try {
            Document descriptor = SourceFiles.descriptor().document();
            WebResources webResources = new WebResources(descriptor, i18n);
            PageLayout layout = new PageLayout(site, directory, this::app, webResources, pageBuilder, templateRenderer,
                    service(I18nResolver.class));
            CreateSpaceDialog createSpace = new CreateSpaceDialog(this, layout, pageBuilder, webResources, descriptor,
                    new SoyTemplates(CreateSpaceDialog.SOY, i18n::getText));
            SiteUi ui = new SiteUi(site, new SitePages(this, site, layout, directory, permissions), createSpace, new Decorator(layout),
                    webResources, pageBuilder, this::saveContent);
            return new WebServer(site.port(), this::loginAs, servlets(), RestHost.module(descriptor, app().beans()), ui);
        } catch (Exception e) {
            throw new IllegalStateException("The web server does not start", e);
        }
    }

    /** The app's servlets and the REST resources of Confluence's own that the app's pages call, by path spec. */
    private Map<String, HttpServlet> servlets() throws Exception {
        Map<String, HttpServlet> servlets = new LinkedHashMap<>(app().servlets());
        GroupSearch groupSearch = new GroupSearch(directory);
        GroupSearch.PATHS.forEach(path -> servlets.put(path, groupSearch));
        servlets.put(CreateDialogItems.PATH, new CreateDialogItems(SourceFiles.descriptor().document(), content, permissions, i18n));
        return servlets;
    }

    /**
     * Keeps the content (spaces, pages, restrictions) in {@code file}: reads it when it is there (true),
     * and {@link #saveContent()} writes it. Users are not kept: set up the directory before.
     */
    public boolean keepContentIn(Path file) {
        if (contentFile != null) {
            throw new IllegalStateException("The content is kept in a file already");
        }
        contentFile = new ContentFile(file, content, directory);
        return contentFile.read();
    }

    /** Writes the content to its file, when it is kept in one and changed since. */
    public void saveContent() {
        if (contentFile != null) {
            contentFile.write();
        }
    }

    /** The host service of that interface, as the app's osgi:reference gets it. */
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("Confluence offers no " + type.getName());
        }
        return type.cast(service);
    }

    // Directory

    /** A licensed user (may use Confluence), key {@code key-<name>}. */
    public TestUser user(String name, String fullName) {
        return directory.add(name, fullName, true);
    }

    /** A user without Confluence's "can use" permission: known, but refused everything. */
    public TestUser unlicensedUser(String name, String fullName) {
        return directory.add(name, fullName, false);
    }

    public TestUser user(String name) {
        return directory.user(name);
    }

    /** The user's full name changes (as a directory sync changes it); their key and name stay. */
    public void changeFullName(String name, String fullName) {
        directory.user(name).setFullName(fullName);
    }

    public List<TestUser> users() {
        return directory.users();
    }

    public void group(String group, String... members) {
        directory.addToGroup(group, members);
    }

    /** Gives the user the Confluence administrator permission (no content permission comes with it). */
    public void administrator(String name) {
        directory.grantToUser(Directory.ADMINISTRATE_CONFLUENCE, name);
    }

    /**
     * The language the user chose in their profile (null: none, so the site's, English); Confluence
     * shows the user its pages and the app's texts in it when it has that language installed (English,
     * {@link Locale#UK} or {@link Locale#US}, and German, {@link Locale#GERMANY}, here).
     */
    public void language(String name, Locale language) {
        directory.user(name).setLanguage(language);
    }

    /** The locale Confluence gives the user (null: anonymous users). */
    public Locale locale(String name) {
        return UserLocales.of(name == null ? null : directory.user(name));
    }

    public void deactivate(String name) {
        directory.deactivate(name);
    }

    /** Whether anonymous users may use Confluence (global "can use" for anonymous). */
    public void anonymousAccess(boolean on) {
        directory.anonymousAccess(on);
    }

    /** Makes the named user (null: nobody) the user of the current thread's request. */
    public void loginAs(String name) {
        if (name == null) {
            AuthenticatedUserThreadLocal.reset();
        } else {
            TestUser user = directory.user(name);
            if (user == null) {
                throw new IllegalArgumentException("No user " + name);
            }
            AuthenticatedUserThreadLocal.set(user);
        }
    }

    // Spaces

    /** A space as it already is: no permissions, no pages, no events. */
    public Space space(String key, String name) {
        return content.addSpace(key, name, AuthenticatedUserThreadLocal.get(), Date.from(clock.instant()));
    }

    public Space space(String key) {
        return content.space(key);
    }

    public List<Space> spaces() {
        return content.spaces();
    }

    public List<String> categories(String spaceKey) {
        return content.categories(spaceKey);
    }

    /** Grants space permissions (SpacePermission types) to a user. */
    public void grant(String spaceKey, String userName, String... types) {
        for (String type : types) {
            spacePermissions.savePermission(
                    SpacePermission.createUserSpacePermission(type, content.space(spaceKey), directory.user(userName)));
        }
    }

    /** Grants space permissions (SpacePermission types) to a group. */
    public void grantGroup(String spaceKey, String group, String... types) {
        for (String type : types) {
            spacePermissions.savePermission(
                    SpacePermission.createGroupSpacePermission(type, content.space(spaceKey), group));
        }
    }

    /** Grants space permissions to anonymous users (effective only while anonymous access is on). */
    public void grantAnonymous(String spaceKey, String... types) {
        for (String type : types) {
            spacePermissions.savePermission(
                    InMemorySpacePermissionManager.anonymous(type, content.space(spaceKey)));
        }
    }

    /** May view the space. */
    public void viewer(String spaceKey, String userName) {
        grant(spaceKey, userName, SpacePermission.VIEWSPACE_PERMISSION);
    }

    /** May view the space and add and edit its pages. */
    public void editor(String spaceKey, String userName) {
        grant(spaceKey, userName, SpacePermission.VIEWSPACE_PERMISSION, SpacePermission.CREATEEDIT_PAGE_PERMISSION);
    }

    /** May view, edit and administer the space. */
    public void spaceAdmin(String spaceKey, String userName) {
        grant(spaceKey, userName, SpacePermission.VIEWSPACE_PERMISSION, SpacePermission.CREATEEDIT_PAGE_PERMISSION,
                SpacePermission.ADMINISTER_SPACE_PERMISSION);
    }

    // Pages

    /** A page as it already is (version 1, by the current user, now), with that id: no events. */
    public Page page(long id, String spaceKey, Page parent, String title, String body) {
        Page page = editor.newPage(content.space(spaceKey), parent, title, body);
        page.setId(id);
        content.continueIdsAfter(id);
        content.add(page);
        return page;
    }

    /** Labels the page with global labels as it already is: no events. */
    public void label(long pageId, String... names) {
        Page page = content.page(pageId);
        for (String name : names) {
            Label label = new Label(name);
            content.learnLabel(label);
            if (!ContentStore.hasLabel(page, label)) {
                page.getLabels().add(label);
            }
        }
    }

    /** The page (or historical version) with that id, whatever its status; null if none. */
    public Page page(long id) {
        return content.page(id);
    }

    public ContentStore content() {
        return content;
    }

    /** Lets only these users and groups view the page (and, by inheritance, the pages below it). */
    public void restrictView(long pageId, Set<String> users, Set<String> groups) {
        content.restrictView(pageId, new ContentStore.Restriction(Set.copyOf(users), Set.copyOf(groups)));
    }

    /** Lets only these users and groups edit the page. */
    public void restrictEdit(long pageId, Set<String> users, Set<String> groups) {
        content.restrictEdit(pageId, new ContentStore.Restriction(Set.copyOf(users), Set.copyOf(groups)));
    }

    /** What people do to pages and spaces, with Confluence's events. */
    public Editor editor() {
        return editor;
    }

    public CreateContent createContent() {
        return createContent;
    }

    public SynchronousEventPublisher events() {
        return events;
    }

    /** The web resources required while pages are rendered. */
    public RecordingPageBuilder pageBuilder() {
        return pageBuilder;
    }

    public VelocityTemplateRenderer templateRenderer() {
        return templateRenderer;
    }

    /** Confluence's scheduler on this node (a second double on the same database is a second node). */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** Confluence's mail queue and its SMTP server, which captures the mails it sends. */
    public MailQueue mail() {
        return mail;
    }

    // Rendering

    /** Adds a macro of another plugin, by name. */
    public void macro(String name, Macro macro) {
        otherMacros.put(name, macro);
    }

    /** The macro Confluence knows by that name: the app's, another plugin's or Confluence's own; null if none. */
    private Macro macro(String name) {
        Macro app = plugin == null ? null : plugin.macros().get(name);
        if (app != null) {
            return app;
        }
        return otherMacros.containsKey(name) ? otherMacros.get(name) : otherPlugins.named(name);
    }

    /** A conversion of the content (its space's key when it has none), as macros receive it. */
    public ConversionContext conversion(ContentEntityObject entity, String spaceKey, OutputType outputType,
            DeviceType deviceType) {
        return HostBinding.bind(ConversionContext.class, new PageConversion(entity, spaceKey, outputType, deviceType));
    }

    /** The view HTML of the page's storage format, rendered for the current user. */
    public String render(long pageId, OutputType outputType, DeviceType deviceType) {
        Page page = content.page(pageId);
        return render(page, page.getBodyAsString(), outputType, deviceType);
    }

    /** The view HTML of {@code storage} as the content of {@code entity} (null: none, in no space). */
    public String render(ContentEntityObject entity, String storage, OutputType outputType, DeviceType deviceType) {
        PageConversion conversion = new PageConversion(entity, null, outputType, deviceType);
        return renderer.render(storage, conversion, HostBinding.bind(ConversionContext.class, conversion));
    }

    /** Stops the app, as Confluence disables it, and saves the content when it is kept in a file. */
    @Override
    public void close() {
        saveContent();
        if (plugin != null) {
            plugin.close();
        }
    }
}
