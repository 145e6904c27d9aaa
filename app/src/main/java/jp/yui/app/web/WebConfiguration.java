package jp.yui.app.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    /**
     * Japanese first. A page's language switch ({@code ?lang=en}) is remembered in a cookie; without one, English
     * when the request's {@code Accept-Language} asks for it (as scripts calling the API do), else Japanese.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver byHeader = new AcceptHeaderLocaleResolver();
        byHeader.setDefaultLocale(Locale.JAPANESE);
        byHeader.setSupportedLocales(SUPPORTED);
        CookieLocaleResolver resolver = new CookieLocaleResolver("yui-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(byHeader::resolveLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLocalesOnly(change));
    }

    /** {@code ?lang=} switches only to a language the pages have. */
    private record SupportedLocalesOnly(LocaleChangeInterceptor change)
            implements org.springframework.web.servlet.HandlerInterceptor {
        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                 jakarta.servlet.http.HttpServletResponse response, Object handler) throws Exception {
            String lang = request.getParameter("lang");
            if (lang == null || SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                return true;
            }
            return change.preHandle(request, response, handler);
        }
    }
}
