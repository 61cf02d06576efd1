package vn.vusta.thidua.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts of a unit: visible to the VUSTA office and to the unit's own officers only. */
@Tag(name = "Tài khoản", description = "Tài khoản của đơn vị")
@RestController
@RequestMapping("/api/v1")
class AccountApi {
    private final AccountService service;

    AccountApi(AccountService service) { this.service = service; }

    record AccountView(String username, String displayName, java.util.Set<Role> roles, boolean enabled) {}

    @Operation(summary = "Tài khoản của một đơn vị (Văn phòng hoặc cán bộ của chính đơn vị)", security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@accountPolicy.mayViewAccountsOf(#unitId)")
    @GetMapping("/units/{unitId}/accounts")
    List<AccountView> ofUnit(@PathVariable long unitId) {
        return service.ofUnit(unitId).stream()
                .map(a -> new AccountView(a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled())).toList();
    }
}
