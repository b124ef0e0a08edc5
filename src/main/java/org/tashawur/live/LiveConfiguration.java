package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Collaboration Engine, configured as a Spring bean (never a static singleton). */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    CollaborationEngineConfiguration collaborationEngineConfiguration() {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        // @Push on the application shell already turns push on.
        configuration.setAutomaticallyActivatePush(false);
        return configuration;
    }
}
