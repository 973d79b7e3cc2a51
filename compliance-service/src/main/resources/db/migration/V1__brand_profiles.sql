-- brand-service's brands (registry.brands), as far as the pre-submission check needs them: whose they are, their
-- names, entity type and vetting. A change applies only if it is newer (changed_at) than what is kept, and never
-- moves a brand to another organization. Deleted brands stay (status DELETED) so a late event cannot revive them.
create table brand_profile (
    brand_id        uuid primary key,
    organization_id uuid        not null,
    display_name    text,
    company_name    text,
    entity_type     text,
    identity_status text,
    vetting_score   int,
    -- not in BrandChanged yet; kept so links can be compared with the brand's domain once it is
    website         text,
    status          text        not null,
    changed_at      timestamptz not null
);
create index brand_profile_org on brand_profile (organization_id);
