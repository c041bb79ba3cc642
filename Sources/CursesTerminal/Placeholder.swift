import PlanDomain
