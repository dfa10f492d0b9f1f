package io.summittracker.catalog.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Names the parameters a request got wrong when JAX-RS could not convert them. The specification answers such a
 * request with 404, which misleads a client about a typo in {@code ?limit=ten}; we answer 400 and say which.
 */
final class MistypedParameters {

    private MistypedParameters() {
    }

    /** The problems found, e.g. "limit must be a whole number, not 'ten'"; empty when none could be pinned down. */
    static List<String> describe(SimpleResourceInfo resource, UriInfo uri) {
        List<String> problems = new ArrayList<>();
        Method method = method(resource);
        if (method == null) {
            return problems;
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                String value = null;
                String name = null;
                if (a instanceof QueryParam q) {
                    name = q.value();
                    value = uri.getQueryParameters().getFirst(name);
                } else if (a instanceof PathParam p) {
                    name = p.value();
                    value = uri.getPathParameters().getFirst(name);
                }
                if (value != null && isWholeNumber(types[i]) && !parses(value)) {
                    problems.add(name + " must be a whole number, not '" + value + "'");
                }
            }
        }
        return problems;
    }

    private static Method method(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    private static boolean parses(String value) {
        try {
            Long.parseLong(value.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
