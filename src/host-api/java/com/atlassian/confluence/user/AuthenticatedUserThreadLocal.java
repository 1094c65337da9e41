package com.atlassian.confluence.user;

/** Host-API declaration (confluence): the user of the current request; null when anonymous. */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static void reset() {
        USER.remove();
    }
}
