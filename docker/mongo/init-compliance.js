// Runs once, when the mongo container initialises an empty data directory (docker-entrypoint-initdb.d),
// as the root user, with `db` set to MONGO_INITDB_DATABASE (tendlc).
// compliance-service keeps its audit log here and gets a user that can read and write this database only.
// The password comes from the container's environment (docker-compose.yml passes it from .env).
const password = process.env.COMPLIANCE_MONGO_PASSWORD;
if (!password) {
  throw new Error('COMPLIANCE_MONGO_PASSWORD is not set');
}
db.createUser({
  user: 'compliance_service',
  pwd: password,
  roles: [{ role: 'readWrite', db: db.getName() }],
});
