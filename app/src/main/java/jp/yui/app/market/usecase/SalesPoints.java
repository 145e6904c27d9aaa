package jp.yui.app.market.usecase;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import jp.yui.app.web.NotFound;
import jp.yui.domain.market.api.AddTill;
import jp.yui.domain.market.api.RegisterSalesPoint;
import jp.yui.domain.market.api.SalesPointKind;
import jp.yui.domain.market.api.Till;
import jp.yui.domain.market.query.SalesPointView;
import jp.yui.domain.shared.Ids;
import jp.yui.domain.shared.query.ViewStore;

/** 販売所: the farm stand and markets of the organization, each with its tills (レジ). */
@Service
public class SalesPoints {

    static final String ID_TYPE = "SalesPoint";
    static final String TILL_ID_TYPE = "Till";

    private final CommandGateway commands;
    private final ViewStore<SalesPointView> salesPoints;

    SalesPoints(CommandGateway commands, ViewStore<SalesPointView> salesPoints) {
        this.commands = commands;
        this.salesPoints = salesPoints;
    }

    /** Registers a sales point with its tills, each given a new id; answers the sales point's id. */
    public String register(String org, String name, SalesPointKind kind, List<String> tillNames, String by) {
        return registered(org, name, kind, tillNames, by).salesPointId();
    }

    /** Registers a sales point with its tills; answers it as registered (the tills' ids with it). */
    public SalesPointView registered(String org, String name, SalesPointKind kind, List<String> tillNames,
                                     String by) {
        String salesPointId = Ids.newId(ID_TYPE);
        List<Till> tills = (tillNames == null ? List.<String>of() : tillNames).stream()
                .map(tillName -> new Till(Ids.newId(TILL_ID_TYPE), tillName)).toList();
        commands.sendAndWait(new RegisterSalesPoint(salesPointId, org, name, kind, tills, by));
        return new SalesPointView(salesPointId, org, name, kind, tills);
    }

    /** Adds a till; answers its id. */
    public String addTill(String org, String salesPointId, String name, String by) {
        String tillId = Ids.newId(TILL_ID_TYPE);
        commands.sendAndWait(new AddTill(salesPointId, org, new Till(tillId, name), by));
        return tillId;
    }

    public List<SalesPointView> list(String org) {
        return salesPoints.findByOrganization(org);
    }

    public SalesPointView find(String org, String salesPointId) {
        return salesPoints.find(salesPointId).filter(p -> p.organizationId().equals(org))
                .orElseThrow(NotFound::new);
    }
}
