package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.thidua.common.RequestBodies;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Units as published reference data (public), and contact updates (unit scope). The people to contact (person,
 * phone, e-mail) and the data version (needed only to write) go to signed-in callers only.
 */
@Tag(name = "Đơn vị", description = "Đơn vị thành viên của VUSTA và quá trình hợp nhất")
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {
    private final UnitCatalog catalog;
    private final UnitService service;
    private final Clock clock;

    private final ActorContext actors;

    private final RequestBodies bodies;

    UnitApi(UnitCatalog catalog, UnitService service, Clock clock, ActorContext actors, RequestBodies bodies) {
        this.bodies = bodies;
        this.clock = clock;
        this.actors = actors;
        this.catalog = catalog;
        this.service = service;
    }

    record Link(long id, String code, String name, LocalDate effectiveDate, String legalRef) {
        static Link of(UnitSummary u) { return new Link(u.id(), u.code(), u.name(), null, null); }

        static Link of(UnitCatalog.LineageLink l) {
            return new Link(l.unit().id(), l.unit().code(), l.unit().name(), l.effectiveDate(), l.legalRef());
        }
    }

    record UnitDetail(long id, String code, String name, String shortName, UnitType type, String province,
                      UnitStatus status, LocalDate validFrom, LocalDate validTo, Contact contact,
                      List<Link> predecessors, Link successor, @JsonInclude(JsonInclude.Include.NON_NULL) Long version,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Link owner, boolean demo) {}

    /** The contact details an officer may change; the same rules as the page form (column sizes of V1). */
    record ContactUpdate(@NotNull(message = "{validation.required}") Long version,
                         @Size(max = 300, message = "{validation.maxLength}") String address,
                         @Size(max = 50, message = "{validation.maxLength}")
                         @Pattern(regexp = ContactRules.PHONE, message = "{validation.phone}") String phone,
                         @Size(max = 120, message = "{validation.maxLength}")
                         @Pattern(regexp = ContactRules.EMAIL, message = "{validation.email}") String email,
                         @Size(max = 200, message = "{validation.maxLength}")
                         @Pattern(regexp = ContactRules.WEBSITE, message = "{validation.website}") String website,
                         @Size(max = 120, message = "{validation.maxLength}") String contactPerson) {
        Contact contact() { return new Contact(address, phone, email, website, contactPerson); }
    }

    static final String TOTAL_HEADER = "X-Total-Count";
    static final int MAX_PAGE_SIZE = 500;

    @Operation(summary = "Đơn vị tồn tại vào một ngày (mặc định: hôm nay); lọc theo loại và từ khóa",
            description = """
                    Một mảng JSON các đơn vị theo thứ tự tên tiếng Việt (từng âm tiết). Không có `page`: toàn bộ danh sách                     (như trước). Có `page` (từ 1): một trang `size` đơn vị (mặc định 50, tối đa 500). Tiêu đề                     `X-Total-Count` luôn cho tổng số đơn vị khớp điều kiện.""")
    @ApiResponse(responseCode = "200", headers = @Header(name = TOTAL_HEADER, description = "Tổng số đơn vị khớp điều kiện",
            schema = @Schema(type = "integer")))
    @PreAuthorize("permitAll()")
    @GetMapping
    ResponseEntity<List<UnitSummary>> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestParam(required = false) UnitType type, @RequestParam(required = false) String q,
                           @Parameter(description = "Hội thành viên của Liên hiệp Hội này (id), kể cả của các Liên hiệp Hội mà nó kế thừa")
                           @RequestParam(required = false) Long owner,
                           @Parameter(description = "Số trang, từ 1") @RequestParam(required = false) Integer page,
                           @Parameter(description = "Số đơn vị mỗi trang (1–500, mặc định 50)") @RequestParam(required = false) Integer size) {
        var criteria = new UnitCatalog.Criteria(q, type, null, date == null ? LocalDate.now(clock) : date, owner);
        if (page == null) {
            var all = catalog.search(criteria);
            return ResponseEntity.ok().header(TOTAL_HEADER, Integer.toString(all.size())).body(all);
        }
        if (page < 1 || (size != null && (size < 1 || size > MAX_PAGE_SIZE))) {
            throw new BusinessRuleException("api.page.invalid", MAX_PAGE_SIZE);
        }
        var found = catalog.search(criteria, PageRequest.of(page - 1, size == null ? 50 : size));
        return ResponseEntity.ok().header(TOTAL_HEADER, Long.toString(found.getTotalElements())).body(found.getContent());
    }

    @Operation(summary = "Một đơn vị, với các đơn vị tiền thân (predecessors) và đơn vị kế thừa (successor)")
    @PreAuthorize("permitAll()")
    @GetMapping("/{id}")
    UnitDetail get(@PathVariable long id) {
        var u = catalog.entity(id);
        var s = u.summary();
        boolean signedIn = actors.current().isAuthenticated();
        return new UnitDetail(s.id(), s.code(), s.name(), s.shortName(), s.type(), s.province(), s.status(), s.validFrom(),
                s.validTo(), signedIn ? u.contact() : u.contact().withoutPersonalData(),
                catalog.predecessors(id).stream().map(Link::of).toList(),
                catalog.successor(id).map(Link::of).orElse(null), signedIn ? u.getVersion() : null,
                s.ownerUnitId() == null ? null : Link.of(catalog.get(s.ownerUnitId())), s.demo());
    }

    @Operation(summary = "Cập nhật thông tin liên hệ (văn phòng VUSTA hoặc cán bộ của chính đơn vị)",
            security = @SecurityRequirement(name = "basic"))
    @PreAuthorize("@unitPolicy.mayEdit(#id)")
    @PutMapping("/{id}/contact")
    UnitDetail updateContact(@PathVariable long id, @RequestBody ContactUpdate body) throws BindException {
        bodies.validate(body);
        service.update(id, UnitForm.withContact(catalog.entity(id), body.version(), body.contact()));
        return get(id);
    }
}
