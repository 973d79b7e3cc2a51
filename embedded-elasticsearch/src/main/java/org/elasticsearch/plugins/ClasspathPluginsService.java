package org.elasticsearch.plugins;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.env.Environment;

/**
 * Loads plugins from classes already on the classpath instead of from a plugins directory, which an
 * embedded node does not have. It lives in this package because {@link PluginsService.LoadedPlugin} and
 * {@link PluginsService#loadPlugin} are package-private; it is the small part of the test framework's
 * MockPluginsService an embedded node needs, without the framework's JUnit 4 baggage.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> plugins;

    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false));
        ClassLoader loader = ClasspathPluginsService.class.getClassLoader();
        this.plugins = pluginClasses.stream()
                .map(type -> new LoadedPlugin(descriptor(type), loadPlugin(type, environment.settings(), environment.configDir()), loader))
                .toList();
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return plugins;
    }

    private static PluginDescriptor descriptor(Class<? extends Plugin> type) {
        return new PluginDescriptor(
                type.getName(),
                "classpath plugin",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                type.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false,
                PluginDescriptor.DeploymentTarget.ALL);
    }
}
