package org.counterpart.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language choice (a cookie, set by {@code ?lang=sr-Cyrl}) and the clock everything reads. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver =
        new CookieLocaleResolver("counterpart-lang") {
          @Override
          public Locale resolveLocale(HttpServletRequest request) {
            return Languages.closest(super.resolveLocale(request));
          }

          @Override
          public void setLocale(
              HttpServletRequest request,
              @Nullable HttpServletResponse response,
              @Nullable Locale locale) {
            super.setLocale(request, response, locale == null ? null : Languages.closest(locale));
          }
        };
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Strict");
    resolver.setCookieHttpOnly(true);
    resolver.setDefaultLocaleFunction(
        request -> {
          Locale requested = request.getLocale();
          return requested == null ? Locale.ENGLISH : Languages.closest(requested);
        });
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }
}
