"""The reseller dashboard's one read (docs/resellers.md#dashboard): margin per month, customers
won and lost, top customers by margin, customers with failing payments. For the reseller's own
staff who may see its figures (owner, admin), as the wholesale statement."""

from __future__ import annotations

from provider.api.deps import DB, ResellerScope, RuntimeDep
from provider.api.routing import resource_router
from provider.api.schemas.reseller_dashboard import ResellerDashboardOut
from provider.services import reseller_dashboard

router = resource_router(tags=["resellers"])


@router.get("/accounts/{account_id}/reseller-dashboard", response_model=ResellerDashboardOut)
def read_dashboard(scope: ResellerScope, db: DB, rt: RuntimeDep) -> ResellerDashboardOut:
    data = reseller_dashboard.dashboard(db, scope.account, rt.clock.now(db))
    return ResellerDashboardOut.model_validate(data)
