package vn.vusta.thidua.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** The office's list of accounts to move after a merger, one button per account. */
@Controller
class AccountMovePages {
    private final AccountMoves moves;
    private final Messages messages;

    AccountMovePages(AccountMoves moves, Messages messages) {
        this.moves = moves;
        this.messages = messages;
    }

    @PreAuthorize("@accountPolicy.mayMoveAccounts()")
    @GetMapping("/admin/account-moves")
    String list(Model model) {
        model.addAttribute("moves", moves.pending());
        return "identity/account-moves";
    }

    @PreAuthorize("@accountPolicy.mayMoveAccounts()")
    @PostMapping("/admin/account-moves/{accountId}")
    String move(@PathVariable long accountId, @RequestParam(required = false) Long version, @RequestParam long toUnitId,
                RedirectAttributes redirect) {
        try {
            moves.move(accountId, version, toUnitId);
            redirect.addFlashAttribute("success", messages.get("account.move.done"));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/account-moves";
    }
}
