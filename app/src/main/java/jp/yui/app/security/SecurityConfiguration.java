package jp.yui.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.mongodb.client.MongoDatabase;

import jp.yui.app.web.ProblemResponses;
import jp.yui.infra.accounts.MongoApiTokens;
import jp.yui.infra.accounts.MongoOrganizations;
import jp.yui.infra.accounts.MongoUserAccounts;

/**
 * Every API path needs a login: an API token ({@code Authorization: Bearer}, see {@link ApiTokens}) or HTTP Basic
 * for scripts, the sign-in page (form login, session cookie) for pages. Pages under {@code /orgs/{org}/} obey the same
 * {@link OrganizationAccess} as the API paths they show; {@code /city/} is for city staff. What a login may do under an organization's paths is decided
 * by {@link OrganizationAccess}; failed password logins are counted by {@link LoginAttempts}.
 *
 * <p>CSRF protection is on for browser sessions. A request that carries its own Authorization header is exempt:
 * a hostile page cannot add that header cross-site (Basic or Bearer alike), and the API never sends a Basic
 * challenge, so a browser never caches Basic credentials that it could replay on its own.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** bcrypt cost 10: about 60 ms a check on the 2-core reference machine. */
    static final int BCRYPT_COST = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }

    @Bean
    MongoUserAccounts userAccounts(MongoDatabase database) {
        return new MongoUserAccounts(database);
    }

    @Bean
    MongoApiTokens storedApiTokens(MongoDatabase database) {
        return new MongoApiTokens(database);
    }

    @Bean
    MongoOrganizations storedOrganizations(MongoDatabase database) {
        return new MongoOrganizations(database);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems,
                                            OrganizationAccess organizationAccess, ApiTokens tokens) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher carriesCredentials = request -> request.getHeader("Authorization") != null;
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/api/orgs/{org}/**", "/orgs/{org}", "/orgs/{org}/**").access(organizationAccess)
                        .requestMatchers("/city/**").hasAnyRole(Role.CITY_STAFF.name(), Role.ADMIN.name())
                        .requestMatchers("/api/admin/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/account/**").authenticated()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(request, response, HttpStatus.UNAUTHORIZED, "login-required")))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                // Signing out from any page tells the browser to drop this site's caches and storage: a driver's
                // phone keeps no rider's name (cached run pages, the queue) after the login has gone.
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        // Written on every sign-out, not only over HTTPS as Spring's ClearSiteDataHeaderWriter does:
                        // behind a TLS-terminating proxy the request may not look secure, and browsers honour it on
                        // localhost too.
                        .addLogoutHandler((request, response, authentication) ->
                                response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "login-required"), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden"), api)
                        // Pages: the error page in the user's language (with one mapping alone, the API's would
                        // answer every request).
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
