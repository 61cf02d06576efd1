package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.vusta.thidua.support.IntegrationTest;

/** Security headers, no inline scripts, Secure cookies behind a TLS proxy, 404 for unknown URLs, the OpenAPI description. */
@IntegrationTest
class WebHardeningIntegrationTests {
    @Autowired MockMvc mvc;
    @LocalServerPort int port;

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (var url : new String[] {"/", "/login", "/api/v1/units", "/no-such-page"}) {
            mvc.perform(get(url))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        var csp = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
        var scriptSrc = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    /** A strict CSP blocks inline scripts and handlers: the templates must have none (behaviour lives in /js/app.js). */
    @Test
    void templatesHaveNoInlineScriptsOrHandlers() throws Exception {
        var handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        var inlineScript = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                try {
                    var text = Files.readString(f);
                    assertThat(handler.matcher(text).find()).as("inline event handler in %s", f).isFalse();
                    assertThat(inlineScript.matcher(text).find()).as("inline script in %s", f).isFalse();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        mvc.perform(get("/js/app.js")).andExpect(status().isOk()).andExpect(content().string(containsString("data-autosubmit")));
        mvc.perform(get("/clusters")).andExpect(content().string(containsString("data-autosubmit")))
                .andExpect(content().string(not(containsString("onchange"))));
    }

    @Test
    void theSessionCookieIsSecureBehindATlsProxy() throws Exception {
        var client = HttpClient.newHttpClient();
        var viaProxy = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        var sessionCookie = viaProxy.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst();
        assertThat(sessionCookie).as("the login page opens a session").isPresent();
        assertThat(sessionCookie.get()).contains("Secure").contains("HttpOnly");
        var direct = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(direct.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow())
                .doesNotContain("Secure");
    }

    @Test
    void unknownUrlsAreNotFoundEvenForAnonymousWhileExistingPagesStillAskToLogIn() throws Exception {
        // over real HTTP: the servlet container's error dispatch renders the answer
        for (var path : new String[] {"/no-such-page", "/admin/no-such-page", "/units/1/no-such-tab"}) {
            var page = http(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Không tìm thấy trang hoặc dữ liệu yêu cầu.").doesNotContain("Đăng nhập</h1>");
        }
        var api = http("/api/v1/no-such-thing", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"detail\":\"Không tìm thấy trang hoặc dữ liệu yêu cầu.\"");
        var denied = http("/api/v1/units/1/accounts", "application/json");
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(denied.body()).contains("Cần đăng nhập để thực hiện việc này.");
        assertThat(http("/error", "text/html").statusCode()).as("a direct visit of /error").isEqualTo(404);
        mvc.perform(get("/admin/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/clusters/1/leadership")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private HttpResponse<String> http(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theOpenApiDescriptionHasATitleTheBasicSchemeAndATagPerModule() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Thi đua VUSTA API"))
                .andExpect(jsonPath("$.info.description").value(containsString("RFC 9457")))
                .andExpect(jsonPath("$.components.securitySchemes.basic.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.tags[*].name", hasItem("Đơn vị")))
                .andExpect(jsonPath("$.tags[*].name", hasItem("Cụm thi đua")))
                .andExpect(jsonPath("$.tags[*].name", hasItem("Tài khoản")))
                .andExpect(jsonPath("$.tags[*].name", hasItem("Nhật ký")))
                .andExpect(jsonPath("$.paths['/api/v1/units/{id}/contact'].put.security[0]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units'].get.security").doesNotExist());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
