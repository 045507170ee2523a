"""Every lint rule, in the order of the table in ``policy.md``."""

from __future__ import annotations

from mediacode.policy.lint.rule import Rule
from mediacode.policy.lint.rules.p01_consent import WorksCouncilConsent
from mediacode.policy.lint.rules.p02_publication import Publication
from mediacode.policy.lint.rules.p03_private_use import PrivateUseStated
from mediacode.policy.lint.rules.p04_prevention import PreventiveBlock
from mediacode.policy.lint.rules.p05_group_size import MinimumGroupSize
from mediacode.policy.lint.rules.p06_backup_retention import BackupRetention
from mediacode.policy.lint.rules.p07_reidentification import Reidentification
from mediacode.policy.lint.rules.p08_case_discussion import CaseDiscussion
from mediacode.policy.lint.rules.p09_subject_access import SubjectAccess
from mediacode.policy.lint.rules.p10_evaluation import Evaluation
from mediacode.policy.lint.rules.p11_purpose_binding import PurposeBinding
from mediacode.policy.lint.rules.p12_traffic_data import TrafficDataOnly
from mediacode.policy.lint.rules.p13_retention import Retention
from mediacode.policy.lint.rules.p14_privileged_groups import PrivilegedGroups
from mediacode.policy.lint.rules.p15_private_mail_marker import PrivateMailMarker
from mediacode.policy.lint.rules.p16_vacancy_notice import VacancyNotice
from mediacode.policy.lint.rules.p17_employer_profile import EmployerProfile
from mediacode.policy.lint.rules.p18_promotion import Promotion
from mediacode.policy.lint.rules.p19_consent_covers import ConsentCovers
from mediacode.policy.lint.rules.p20_dpia import Dpia
from mediacode.policy.lint.rules.p21_automatic_assessment import NoAutomaticAssessment
from mediacode.policy.lint.rules.p22_applicant_data import ApplicantData

ALL_RULES: tuple[Rule, ...] = (
    WorksCouncilConsent(),
    Publication(),
    PrivateUseStated(),
    PreventiveBlock(),
    MinimumGroupSize(),
    BackupRetention(),
    Reidentification(),
    CaseDiscussion(),
    SubjectAccess(),
    Evaluation(),
    PurposeBinding(),
    TrafficDataOnly(),
    Retention(),
    PrivilegedGroups(),
    PrivateMailMarker(),
    VacancyNotice(),
    EmployerProfile(),
    Promotion(),
    ConsentCovers(),
    Dpia(),
    NoAutomaticAssessment(),
    ApplicantData(),
)
