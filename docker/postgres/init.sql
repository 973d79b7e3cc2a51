-- Runs once, when the postgres container initialises an empty data directory (docker-entrypoint-initdb.d).
-- Creates the platform's database and, per service, a login role that owns exactly one schema: a service
-- can create and change its own tables (Flyway runs as that role) and cannot touch another service's.
--
-- Passwords come from the container's environment (docker-compose.yml passes them from .env); psql's
-- \getenv reads them, so no password is written in this file. A missing variable fails the whole init
-- with a syntax error at the unexpanded :'variable', and postgres does not start half-initialised.
--
-- To re-run after changing it: docker compose down, remove the postgres-data volume, docker compose up.

\set ON_ERROR_STOP on

CREATE DATABASE tendlc;
-- Only the roles granted below may connect, and only to tendlc; nobody may create objects in public.
REVOKE ALL ON DATABASE tendlc FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC;

\connect tendlc
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- auth-service: schema auth
\getenv auth_password AUTH_DB_PASSWORD
CREATE ROLE auth_service LOGIN PASSWORD :'auth_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO auth_service;
CREATE SCHEMA auth AUTHORIZATION auth_service;
ALTER ROLE auth_service IN DATABASE tendlc SET search_path = auth;

-- user-service: schema users
\getenv user_password USER_DB_PASSWORD
CREATE ROLE user_service LOGIN PASSWORD :'user_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO user_service;
CREATE SCHEMA users AUTHORIZATION user_service;
ALTER ROLE user_service IN DATABASE tendlc SET search_path = users;

-- brand-service: schema brand
\getenv brand_password BRAND_DB_PASSWORD
CREATE ROLE brand_service LOGIN PASSWORD :'brand_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO brand_service;
CREATE SCHEMA brand AUTHORIZATION brand_service;
ALTER ROLE brand_service IN DATABASE tendlc SET search_path = brand;

-- campaign-service: schema campaign
\getenv campaign_password CAMPAIGN_DB_PASSWORD
CREATE ROLE campaign_service LOGIN PASSWORD :'campaign_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO campaign_service;
CREATE SCHEMA campaign AUTHORIZATION campaign_service;
ALTER ROLE campaign_service IN DATABASE tendlc SET search_path = campaign;

-- sms-service: schema sms
\getenv sms_password SMS_DB_PASSWORD
CREATE ROLE sms_service LOGIN PASSWORD :'sms_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO sms_service;
CREATE SCHEMA sms AUTHORIZATION sms_service;
ALTER ROLE sms_service IN DATABASE tendlc SET search_path = sms;

-- contact-service: schema contact
\getenv contact_password CONTACT_DB_PASSWORD
CREATE ROLE contact_service LOGIN PASSWORD :'contact_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO contact_service;
CREATE SCHEMA contact AUTHORIZATION contact_service;
ALTER ROLE contact_service IN DATABASE tendlc SET search_path = contact;

-- compliance-service: schema compliance
\getenv compliance_password COMPLIANCE_DB_PASSWORD
CREATE ROLE compliance_service LOGIN PASSWORD :'compliance_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO compliance_service;
CREATE SCHEMA compliance AUTHORIZATION compliance_service;
ALTER ROLE compliance_service IN DATABASE tendlc SET search_path = compliance;

-- analytics-service: schema analytics
\getenv analytics_password ANALYTICS_DB_PASSWORD
CREATE ROLE analytics_service LOGIN PASSWORD :'analytics_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO analytics_service;
CREATE SCHEMA analytics AUTHORIZATION analytics_service;
ALTER ROLE analytics_service IN DATABASE tendlc SET search_path = analytics;

-- notification-service: schema notification
\getenv notification_password NOTIFICATION_DB_PASSWORD
CREATE ROLE notification_service LOGIN PASSWORD :'notification_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO notification_service;
CREATE SCHEMA notification AUTHORIZATION notification_service;
ALTER ROLE notification_service IN DATABASE tendlc SET search_path = notification;

-- billing-service: schema billing
\getenv billing_password BILLING_DB_PASSWORD
CREATE ROLE billing_service LOGIN PASSWORD :'billing_password';
GRANT CONNECT, TEMPORARY ON DATABASE tendlc TO billing_service;
CREATE SCHEMA billing AUTHORIZATION billing_service;
ALTER ROLE billing_service IN DATABASE tendlc SET search_path = billing;
