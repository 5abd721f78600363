package nl.rugzak.tenantadmin.console.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.rugzak.tenantadmin.exchange.TenantMove;
import nl.rugzak.tenantadmin.schemas.DatabaseClusters;
import nl.rugzak.tenantadmin.tenancy.TenantId;
import nl.rugzak.tenantadmin.text.UserFacingException;

/**
 * Which database cluster a municipality lives on, and moving it to another. The move runs in the request (it takes
 * seconds, not minutes): the button is disabled from the click until the answer, and Vaadin's loading bar shows
 * the wait. {@link TenantMove} writes the outcome to the audit log; on failure everything stays where it was.
 */
class ClusterMoveSection extends Div {

    final Paragraph current = new Paragraph();
    final Button moveTo = new Button();
    final Select<String> target = new Select<>();
    final Button confirm = new Button();
    final Dialog dialog = new Dialog();

    /** @param done receives the sentence to show after a move, successful or not */
    ClusterMoveSection(TenantId id, DatabaseClusters clusters, TenantMove move, Consumer<String> done) {
        String here = clusters.clusterOf(id);
        current.setText(getTranslation("clusters.detail.current", here));
        add(new H2(getTranslation("clusters.detail.title")), current);
        List<String> others = clusters.names().stream().filter(name -> !name.equals(here)).toList();
        if (others.isEmpty()) {
            return;
        }
        target.setLabel(getTranslation("clusters.detail.target"));
        target.setItems(others);
        target.setValue(others.getFirst());
        dialog.setHeaderTitle(getTranslation("clusters.detail.confirm-title"));
        dialog.add(new Paragraph(getTranslation("clusters.detail.confirm-text")), target);
        confirm.setText(getTranslation("clusters.detail.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            String to = target.getValue();
            String outcome;
            try {
                move.move(id, to);
                outcome = getTranslation("clusters.moved", to);
            } catch (UserFacingException e) {
                outcome = getTranslation("clusters.move.failed", e.messageIn(getLocale()));
            } catch (RuntimeException e) {
                // TenantMove has removed the new side and written the cause to the audit log; the lab reads it here.
                outcome = getTranslation("clusters.move.failed", String.valueOf(e.getMessage()));
            }
            dialog.close();
            done.accept(outcome);
        });
        dialog.getFooter().add(new Button(getTranslation("console.detail.cancel"), click -> dialog.close()), confirm);
        moveTo.setText(getTranslation("clusters.detail.move"));
        moveTo.addClickListener(click -> dialog.open());
        add(moveTo);
    }
}
