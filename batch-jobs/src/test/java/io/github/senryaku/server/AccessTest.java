package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.server.auth.Role;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Who may open what: the accesses {@link RoleFilter} checks, per role, and that every page declares one. */
class AccessTest {

    private static MultivaluedMap<String, String> query(String kind) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (kind != null) {
            query.add("kind", kind);
        }
        return query;
    }

    private static Set<Role> admitted(Access access, String kind) {
        return Stream.of(Role.values()).filter(role -> access.admits(role, query(kind))).collect(Collectors.toSet());
    }

    @Test
    void thePlanningPages_admitThePlanningOfficeAndAdmin_only() {
        assertEquals(Set.of(Role.PLANNING, Role.ADMIN), admitted(Access.PLANNING, null));
    }

    @Test
    void anUploadForm_admitsTheRolesThatUploadItsKind() {
        assertEquals(Set.of(Role.FINANCE, Role.ADMIN), admitted(Access.UPLOAD_OF_KIND, "finance"));
        assertEquals(Set.of(Role.FINANCE, Role.ADMIN), admitted(Access.UPLOAD_OF_KIND, null), "finance by default");
        assertEquals(Set.of(Role.PLANNING, Role.ADMIN), admitted(Access.UPLOAD_OF_KIND, "department"));
        assertEquals(Set.of(Role.PLANNING, Role.ADMIN), admitted(Access.UPLOAD_OF_KIND, "council"));
    }

    @Test
    void signedInAndPublicAccesses_admitEveryRole() {
        assertEquals(Set.of(Role.values()), admitted(Access.SIGNED_IN, null));
        assertEquals(Set.of(Role.values()), admitted(Access.PUBLIC, null));
    }

    @Test
    void everyResourceMethodOfTheServer_declaresItsAccess() {
        List<String> undeclared = new ArrayList<>();
        int methods = 0;
        for (Class<?> resource : List.of(UploadPages.class, PlanningPages.class, HealthResource.class, StyleSheet.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(method::isAnnotationPresent)) {
                    methods++;
                    if (!method.isAnnotationPresent(Allowed.class)) {
                        undeclared.add(resource.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(methods >= 13, "found " + methods + " resource methods");
        assertEquals(List.of(), undeclared, "RoleFilter refuses a method without @Allowed");
    }
}
