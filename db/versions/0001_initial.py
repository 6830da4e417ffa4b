"""Initial schema: the whole domain of the first version.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 03:40:38.521035
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001_initial'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', name='auditaction', native_enum=False, length=8), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('catalogue_risk',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('measures_nl', sa.Text(), nullable=True),
    sa.Column('measures_fr', sa.Text(), nullable=True),
    sa.Column('measures_en', sa.Text(), nullable=True),
    sa.Column('protective_equipment_nl', sa.Text(), nullable=True),
    sa.Column('protective_equipment_fr', sa.Text(), nullable=True),
    sa.Column('protective_equipment_en', sa.Text(), nullable=True),
    sa.Column('forbidden_for_young_workers', sa.Boolean(), nullable=False),
    sa.Column('name_nl', sa.String(length=200), nullable=False),
    sa.Column('name_fr', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_risk')),
    sa.UniqueConstraint('code', name=op.f('uq_catalogue_risk_code'))
    )
    op.create_table('cluster',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_nl', sa.String(length=200), nullable=False),
    sa.Column('name_fr', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cluster')),
    sa.UniqueConstraint('code', name=op.f('uq_cluster_code'))
    )
    op.create_table('consultant',
    sa.Column('first_name', sa.String(length=80), nullable=False),
    sa.Column('last_name', sa.String(length=80), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('language', sa.Enum('NL', 'FR', 'DE', 'EN', name='language', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultant'))
    )
    op.create_table('host',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('enterprise_number', sa.String(length=10), nullable=True),
    sa.Column('legal_form', sa.String(length=40), nullable=True),
    sa.Column('joint_committee', sa.Enum('227', '303.01', 'other', name='jointcommittee', native_enum=False, length=10), nullable=False),
    sa.Column('joint_committee_other', sa.String(length=20), nullable=True),
    sa.Column('language_role', sa.Enum('NL', 'FR', 'BI', name='languagerole', native_enum=False), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('employees_fte', sa.Numeric(precision=8, scale=1), nullable=True),
    sa.Column('contact_name', sa.String(length=200), nullable=True),
    sa.Column('contact_email', sa.String(length=200), nullable=True),
    sa.Column('contact_phone', sa.String(length=40), nullable=True),
    sa.Column('represented_by', sa.String(length=200), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('house_number', sa.String(length=20), nullable=True),
    sa.Column('box', sa.String(length=20), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_host'))
    )
    with op.batch_alter_table('host', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_host_enterprise_number'), ['enterprise_number'], unique=False)

    op.create_table('intern',
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('gender', sa.Enum('F', 'M', 'X', name='gender', native_enum=False), nullable=False),
    sa.Column('language', sa.Enum('NL', 'FR', 'DE', 'EN', name='language', native_enum=False), nullable=False),
    sa.Column('national_number', sa.String(length=11), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('jobseeker_agency', sa.Enum('VDAB', 'Actiris', 'Forem', 'ADG', name='jobseekeragency', native_enum=False, length=10), nullable=True),
    sa.Column('jobseeker_number', sa.String(length=40), nullable=True),
    sa.Column('jobseeker_since', sa.Date(), nullable=True),
    sa.Column('diploma', sa.String(length=200), nullable=True),
    sa.Column('school', sa.String(length=200), nullable=True),
    sa.Column('interests', sa.Text(), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('house_number', sa.String(length=20), nullable=True),
    sa.Column('box', sa.String(length=20), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('municipality', sa.String(length=120), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intern'))
    )
    with op.batch_alter_table('intern', schema=None) as batch_op:
        batch_op.create_index('ix_intern_name_birth', ['last_name', 'first_name', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_intern_national_number'), ['national_number'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('function',
    sa.Column('cluster_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_nl', sa.String(length=200), nullable=False),
    sa.Column('name_fr', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], name=op.f('fk_function_cluster_id_cluster')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_function')),
    sa.UniqueConstraint('code', name=op.f('uq_function_code'))
    )
    with op.batch_alter_table('function', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_function_cluster_id'), ['cluster_id'], unique=False)

    op.create_table('mentor',
    sa.Column('host_id', sa.Uuid(), nullable=False),
    sa.Column('first_name', sa.String(length=120), nullable=False),
    sa.Column('last_name', sa.String(length=120), nullable=False),
    sa.Column('job_title', sa.String(length=200), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('years_experience', sa.Integer(), nullable=True),
    sa.Column('mentor_training', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['host_id'], ['host.id'], name=op.f('fk_mentor_host_id_host')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor'))
    )
    with op.batch_alter_table('mentor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentor_host_id'), ['host_id'], unique=False)

    op.create_table('training_plan',
    sa.Column('host_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('requested', 'received', 'approved', name='trainingplanstatus', native_enum=False, length=10), nullable=False),
    sa.Column('training_budget', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('coaching_new_staff', sa.Text(), nullable=True),
    sa.Column('mentors_trained', sa.Integer(), nullable=True),
    sa.Column('talent_policy', sa.Text(), nullable=True),
    sa.Column('comments', sa.Text(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['host_id'], ['host.id'], name=op.f('fk_training_plan_host_id_host')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_plan')),
    sa.UniqueConstraint('host_id', 'year', name='host_year')
    )
    with op.batch_alter_table('training_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_plan_host_id'), ['host_id'], unique=False)

    op.create_table('catalogue_competence',
    sa.Column('function_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('technical', 'soft', name='competencekind', native_enum=False, length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_nl', sa.String(length=200), nullable=False),
    sa.Column('name_fr', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['function_id'], ['function.id'], name=op.f('fk_catalogue_competence_function_id_function')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_competence'))
    )
    with op.batch_alter_table('catalogue_competence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogue_competence_function_id'), ['function_id'], unique=False)

    op.create_table('catalogue_task',
    sa.Column('function_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_nl', sa.String(length=200), nullable=False),
    sa.Column('name_fr', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['function_id'], ['function.id'], name=op.f('fk_catalogue_task_function_id_function')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_task'))
    )
    with op.batch_alter_table('catalogue_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalogue_task_function_id'), ['function_id'], unique=False)

    op.create_table('internship',
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('intern_id', sa.Uuid(), nullable=False),
    sa.Column('host_id', sa.Uuid(), nullable=False),
    sa.Column('mentor_id', sa.Uuid(), nullable=True),
    sa.Column('consultant_id', sa.Uuid(), nullable=True),
    sa.Column('function_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'awaiting_signatures', 'signed', 'running', 'completed', 'terminated', 'cancelled', name='internshipstatus', native_enum=False, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('planned_end_date', sa.Date(), nullable=False),
    sa.Column('actual_end_date', sa.Date(), nullable=True),
    sa.Column('termination_reason', sa.Text(), nullable=True),
    sa.Column('cancellation_reason', sa.Text(), nullable=True),
    sa.Column('convention_language', sa.Enum('NL', 'FR', 'DE', 'EN', name='language', native_enum=False), nullable=False),
    sa.Column('convention_version', sa.Integer(), nullable=False),
    sa.Column('hours_per_week', sa.Numeric(precision=4, scale=1), nullable=True),
    sa.Column('schedule', sa.Text(), nullable=True),
    sa.Column('workplace', sa.Text(), nullable=True),
    sa.Column('objectives', sa.Text(), nullable=True),
    sa.Column('expenses', sa.Text(), nullable=True),
    sa.Column('no_replacement_declared', sa.Boolean(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('scan_document_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['consultant_id'], ['consultant.id'], name=op.f('fk_internship_consultant_id_consultant')),
    sa.ForeignKeyConstraint(['function_id'], ['function.id'], name=op.f('fk_internship_function_id_function')),
    sa.ForeignKeyConstraint(['host_id'], ['host.id'], name=op.f('fk_internship_host_id_host')),
    sa.ForeignKeyConstraint(['intern_id'], ['intern.id'], name=op.f('fk_internship_intern_id_intern')),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentor.id'], name=op.f('fk_internship_mentor_id_mentor')),
    sa.ForeignKeyConstraint(['scan_document_id'], ['issued_document.id'], name=op.f('fk_internship_scan_document_id_issued_document'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship')),
    sa.UniqueConstraint('reference', name=op.f('uq_internship_reference'))
    )
    with op.batch_alter_table('internship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_internship_consultant_id'), ['consultant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_function_id'), ['function_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_host_id'), ['host_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_intern_id'), ['intern_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_mentor_id'), ['mentor_id'], unique=False)
        batch_op.create_index('ix_internship_start_date', ['start_date'], unique=False)
        batch_op.create_index('ix_internship_status_start', ['status', 'start_date'], unique=False)

    op.create_table('amendment',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_amendment_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amendment'))
    )
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_amendment_internship_id'), ['internship_id'], unique=False)

    op.create_table('competence_scan',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('moment', sa.Enum('start', 'end', name='scanmoment', native_enum=False, length=8), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_competence_scan_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_scan')),
    sa.UniqueConstraint('internship_id', 'moment', name='internship_moment')
    )
    with op.batch_alter_table('competence_scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competence_scan_internship_id'), ['internship_id'], unique=False)

    op.create_table('evaluation',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('stage', sa.Enum('midterm', 'final', name='evaluationstage', native_enum=False, length=8), nullable=False),
    sa.Column('evaluated_on', sa.Date(), nullable=True),
    sa.Column('mentor_id', sa.Uuid(), nullable=True),
    sa.Column('overall_appreciation', sa.Text(), nullable=True),
    sa.Column('recommendation', sa.Enum('yes', 'with_reservations', 'no', name='recommendation', native_enum=False, length=24), nullable=True),
    sa.Column('comments', sa.Text(), nullable=True),
    sa.Column('is_final', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_evaluation_internship_id_internship')),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentor.id'], name=op.f('fk_evaluation_mentor_id_mentor')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation')),
    sa.UniqueConstraint('internship_id', 'stage', name='internship_stage')
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_internship_id'), ['internship_id'], unique=False)

    op.create_table('internship_competence',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('catalogue_competence_id', sa.Uuid(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('objective', sa.Text(), nullable=True),
    sa.Column('target_level', sa.Integer(), nullable=True),
    sa.Column('phase', sa.Enum('start', 'midterm', 'end', name='phase', native_enum=False, length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['catalogue_competence_id'], ['catalogue_competence.id'], name=op.f('fk_internship_competence_catalogue_competence_id_catalogue_competence')),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_internship_competence_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship_competence'))
    )
    with op.batch_alter_table('internship_competence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_internship_competence_internship_id'), ['internship_id'], unique=False)

    op.create_table('internship_task',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('catalogue_task_id', sa.Uuid(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('phase', sa.Enum('start', 'midterm', 'end', name='phase', native_enum=False, length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['catalogue_task_id'], ['catalogue_task.id'], name=op.f('fk_internship_task_catalogue_task_id_catalogue_task')),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_internship_task_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship_task'))
    )
    with op.batch_alter_table('internship_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_internship_task_internship_id'), ['internship_id'], unique=False)

    op.create_table('interruption',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('sickness', 'suspension', 'other', name='interruptionkind', native_enum=False, length=12), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_interruption_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interruption'))
    )
    with op.batch_alter_table('interruption', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interruption_internship_id'), ['internship_id'], unique=False)

    op.create_table('issued_document',
    sa.Column('internship_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('language', sa.Enum('NL', 'FR', 'DE', 'EN', name='language', native_enum=False), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=260), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_issued_document_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_internship_id'), ['internship_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_document_sha256'), ['sha256'], unique=False)

    op.create_table('risk_assessment',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('post_name', sa.String(length=200), nullable=True),
    sa.Column('post_description', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('work_equipment', sa.Text(), nullable=True),
    sa.Column('qualifications', sa.Text(), nullable=True),
    sa.Column('prior_instructions', sa.Text(), nullable=True),
    sa.Column('protective_equipment', sa.Text(), nullable=True),
    sa.Column('health_surveillance', sa.Boolean(), nullable=False),
    sa.Column('health_surveillance_detail', sa.Text(), nullable=True),
    sa.Column('forbidden_work', sa.Boolean(), nullable=False),
    sa.Column('forbidden_work_justification', sa.Text(), nullable=True),
    sa.Column('prevention_advisor', sa.String(length=200), nullable=True),
    sa.Column('first_aid_person', sa.String(length=200), nullable=True),
    sa.Column('drawn_up_on', sa.Date(), nullable=True),
    sa.Column('drawn_up_by', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_risk_assessment_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_assessment')),
    sa.UniqueConstraint('internship_id', name=op.f('uq_risk_assessment_internship_id'))
    )
    op.create_table('rule_override',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('overridden_by', sa.String(length=200), nullable=False),
    sa.Column('overridden_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_rule_override_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_override'))
    )
    with op.batch_alter_table('rule_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rule_override_internship_id'), ['internship_id'], unique=False)

    op.create_table('signature',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('party', sa.Enum('fund', 'host', 'intern', name='signatoryparty', native_enum=False, length=8), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('convention_version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_signature_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signature_internship_id'), ['internship_id'], unique=False)

    op.create_table('visit',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('kickoff', 'midterm', 'final', name='visitkind', native_enum=False, length=8), nullable=False),
    sa.Column('mode', sa.Enum('on_site', 'phone', 'video', name='visitmode', native_enum=False, length=8), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('attendees', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('action_points', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_visit_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_internship_id'), ['internship_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_planned_on'), ['planned_on'], unique=False)

    op.create_table('workplace_evaluation',
    sa.Column('internship_id', sa.Uuid(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('onboarding', sa.Integer(), nullable=True),
    sa.Column('guidance', sa.Integer(), nullable=True),
    sa.Column('task_variety', sa.Integer(), nullable=True),
    sa.Column('atmosphere', sa.Integer(), nullable=True),
    sa.Column('safety', sa.Integer(), nullable=True),
    sa.Column('learning', sa.Integer(), nullable=True),
    sa.Column('would_recommend', sa.Boolean(), nullable=True),
    sa.Column('comments', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_id'], ['internship.id'], name=op.f('fk_workplace_evaluation_internship_id_internship')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workplace_evaluation')),
    sa.UniqueConstraint('internship_id', name=op.f('uq_workplace_evaluation_internship_id'))
    )
    op.create_table('competence_scan_score',
    sa.Column('scan_id', sa.Uuid(), nullable=False),
    sa.Column('internship_competence_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['internship_competence_id'], ['internship_competence.id'], name=op.f('fk_competence_scan_score_internship_competence_id_internship_competence')),
    sa.ForeignKeyConstraint(['scan_id'], ['competence_scan.id'], name=op.f('fk_competence_scan_score_scan_id_competence_scan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_scan_score'))
    )
    with op.batch_alter_table('competence_scan_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competence_scan_score_internship_competence_id'), ['internship_competence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_competence_scan_score_scan_id'), ['scan_id'], unique=False)

    op.create_table('evaluation_score',
    sa.Column('evaluation_id', sa.Uuid(), nullable=False),
    sa.Column('internship_competence_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluation.id'], name=op.f('fk_evaluation_score_evaluation_id_evaluation')),
    sa.ForeignKeyConstraint(['internship_competence_id'], ['internship_competence.id'], name=op.f('fk_evaluation_score_internship_competence_id_internship_competence')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_score'))
    )
    with op.batch_alter_table('evaluation_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_score_evaluation_id'), ['evaluation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluation_score_internship_competence_id'), ['internship_competence_id'], unique=False)

    op.create_table('risk_item',
    sa.Column('risk_assessment_id', sa.Uuid(), nullable=False),
    sa.Column('catalogue_risk_id', sa.Uuid(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=True),
    sa.Column('protective_equipment', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['catalogue_risk_id'], ['catalogue_risk.id'], name=op.f('fk_risk_item_catalogue_risk_id_catalogue_risk')),
    sa.ForeignKeyConstraint(['risk_assessment_id'], ['risk_assessment.id'], name=op.f('fk_risk_item_risk_assessment_id_risk_assessment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_item'))
    )
    with op.batch_alter_table('risk_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_item_risk_assessment_id'), ['risk_assessment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('risk_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_item_risk_assessment_id'))

    op.drop_table('risk_item')
    with op.batch_alter_table('evaluation_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_score_internship_competence_id'))
        batch_op.drop_index(batch_op.f('ix_evaluation_score_evaluation_id'))

    op.drop_table('evaluation_score')
    with op.batch_alter_table('competence_scan_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competence_scan_score_scan_id'))
        batch_op.drop_index(batch_op.f('ix_competence_scan_score_internship_competence_id'))

    op.drop_table('competence_scan_score')
    op.drop_table('workplace_evaluation')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_planned_on'))
        batch_op.drop_index(batch_op.f('ix_visit_internship_id'))

    op.drop_table('visit')
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signature_internship_id'))

    op.drop_table('signature')
    with op.batch_alter_table('rule_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rule_override_internship_id'))

    op.drop_table('rule_override')
    op.drop_table('risk_assessment')
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_sha256'))
        batch_op.drop_index(batch_op.f('ix_issued_document_internship_id'))

    op.drop_table('issued_document')
    with op.batch_alter_table('interruption', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interruption_internship_id'))

    op.drop_table('interruption')
    with op.batch_alter_table('internship_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_internship_task_internship_id'))

    op.drop_table('internship_task')
    with op.batch_alter_table('internship_competence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_internship_competence_internship_id'))

    op.drop_table('internship_competence')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_internship_id'))

    op.drop_table('evaluation')
    with op.batch_alter_table('competence_scan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competence_scan_internship_id'))

    op.drop_table('competence_scan')
    with op.batch_alter_table('amendment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_amendment_internship_id'))

    op.drop_table('amendment')
    with op.batch_alter_table('internship', schema=None) as batch_op:
        batch_op.drop_index('ix_internship_status_start')
        batch_op.drop_index('ix_internship_start_date')
        batch_op.drop_index(batch_op.f('ix_internship_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_internship_intern_id'))
        batch_op.drop_index(batch_op.f('ix_internship_host_id'))
        batch_op.drop_index(batch_op.f('ix_internship_function_id'))
        batch_op.drop_index(batch_op.f('ix_internship_consultant_id'))

    op.drop_table('internship')
    with op.batch_alter_table('catalogue_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogue_task_function_id'))

    op.drop_table('catalogue_task')
    with op.batch_alter_table('catalogue_competence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalogue_competence_function_id'))

    op.drop_table('catalogue_competence')
    with op.batch_alter_table('training_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_plan_host_id'))

    op.drop_table('training_plan')
    with op.batch_alter_table('mentor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentor_host_id'))

    op.drop_table('mentor')
    with op.batch_alter_table('function', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_function_cluster_id'))

    op.drop_table('function')
    op.drop_table('setting')
    with op.batch_alter_table('intern', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intern_national_number'))
        batch_op.drop_index('ix_intern_name_birth')

    op.drop_table('intern')
    with op.batch_alter_table('host', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_host_enterprise_number'))

    op.drop_table('host')
    op.drop_table('consultant')
    op.drop_table('cluster')
    op.drop_table('catalogue_risk')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
