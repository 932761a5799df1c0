package io.github.senryaku.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a resource method. Every resource method of the server says it: {@link RoleFilter} refuses a
 * method that does not, so a new page is closed until it is given its access.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Allowed {

    Access value();
}
