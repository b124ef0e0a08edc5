package org.tashawur;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.Set;

/**
 * The application's routes for Karibu-Testing. Our views are package-private, which Karibu's own
 * discovery skips, so they are found here with class visibility ignored.
 */
public final class AppRoutes {

    private AppRoutes() {
    }

    public static Routes all() {
        Set<Class<? extends Component>> views = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.tashawur").scan()) {
            scan.getClassesWithAnnotation(Route.class).forEach(c -> views.add(c.loadClass(Component.class)));
        }
        Routes routes = new Routes();
        routes.getRoutes().addAll(views);
        return routes;
    }
}
