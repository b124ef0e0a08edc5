package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/** The Collaboration Engine, configured as a Spring bean (never a static singleton). */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    /**
     * One configuration per Vaadin service: the engine keeps its executor in it and shuts that
     * down with the service, so a shared instance would hand a dead executor to the next service
     * (tests start several; production has one).
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    CollaborationEngineConfiguration collaborationEngineConfiguration() {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        // @Push on the application shell already turns push on.
        configuration.setAutomaticallyActivatePush(false);
        return configuration;
    }
}
