package org.counterpart;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring Boot application behind both roles; which role it plays is configuration. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CounterpartApplication {}
