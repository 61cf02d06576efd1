package vn.vusta.thidua.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: title, description, the HTTP Basic scheme the API uses; operations
 * that need an account say so with {@code @SecurityRequirement(name = "basic")}, and each module's API is a tag.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
    static final String BASIC = "basic";

    @Bean
    OpenAPI thiDuaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Thi đua VUSTA API").version("v1")
                        .description("""
                                API của hệ thống thi đua, khen thưởng của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam \
                                (VUSTA): đơn vị và quá trình hợp nhất, cụm và khối thi đua theo năm, cụm trưởng, cụm phó. \
                                Dữ liệu công bố (đơn vị, cụm, cụm trưởng) đọc không cần đăng nhập; thông tin liên hệ, \
                                số phiên bản dữ liệu và mọi thao tác ghi cần tài khoản (HTTP Basic). Lỗi trả về theo \
                                RFC 9457 (application/problem+json) với "detail" bằng tiếng Việt."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Tên đăng nhập và mật khẩu của tài khoản trong hệ thống")));
    }
}
