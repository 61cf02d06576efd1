package vn.vusta.thidua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Units as published reference data (public), and contact updates (unit scope). */
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {
    private final UnitCatalog catalog;
    private final UnitService service;
    private final Clock clock;

    UnitApi(UnitCatalog catalog, UnitService service, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.service = service;
    }

    record Link(long id, String code, String name, LocalDate effectiveDate, String legalRef) {
        static Link of(UnitCatalog.LineageLink l) {
            return new Link(l.unit().id(), l.unit().code(), l.unit().name(), l.effectiveDate(), l.legalRef());
        }
    }

    record UnitDetail(long id, String code, String name, String shortName, UnitType type, String province,
                      UnitStatus status, LocalDate validFrom, LocalDate validTo, Contact contact,
                      List<Link> predecessors, Link successor, long version) {}

    record ContactUpdate(Long version, String address, String phone, String email, String website, String contactPerson) {}

    @Operation(summary = "Đơn vị tồn tại vào một ngày (mặc định: hôm nay); lọc theo loại và từ khóa")
    @GetMapping
    List<UnitSummary> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                           @RequestParam(required = false) UnitType type, @RequestParam(required = false) String q) {
        return catalog.search(new UnitCatalog.Criteria(q, type, null, date == null ? LocalDate.now(clock) : date));
    }

    @Operation(summary = "Một đơn vị, với các đơn vị tiền thân (predecessors) và đơn vị kế thừa (successor)")
    @GetMapping("/{id}")
    UnitDetail get(@PathVariable long id) {
        var u = catalog.entity(id);
        var s = u.summary();
        return new UnitDetail(s.id(), s.code(), s.name(), s.shortName(), s.type(), s.province(), s.status(), s.validFrom(),
                s.validTo(), u.contact(), catalog.predecessors(id).stream().map(Link::of).toList(),
                catalog.successor(id).map(Link::of).orElse(null), u.getVersion());
    }

    @Operation(summary = "Cập nhật thông tin liên hệ (văn phòng VUSTA hoặc cán bộ của chính đơn vị)")
    @PutMapping("/{id}/contact")
    UnitDetail updateContact(@PathVariable long id, @RequestBody ContactUpdate body) {
        var u = catalog.entity(id);
        service.update(id, new UnitService.UnitForm(body.version(), u.getCode(), u.getName(), u.getShortName(), u.getType(),
                u.getProvince(), u.getStatus(), u.getValidFrom(), u.getValidTo(), body.address(), body.phone(), body.email(),
                body.website(), body.contactPerson()));
        return get(id);
    }
}
