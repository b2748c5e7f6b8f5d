import InfragateParsers

/// A connection string in a container's environment or arguments, or in a ConfigMap, that sends
/// database or broker traffic unencrypted.
struct InsecureConnectionString: Rule {
    let description = RuleDescription(
        id: "K8S-INSECURE-CONNECTION-STRING", title: "Connection string without TLS in a workload or ConfigMap", severity: .medium, cwe: 319,
        owasp: ConnectionString.owasp, checklist: ConnectionString.checklist,
        rationale: ConnectionString.rationale, recommendation: ConnectionString.recommendation,
        triggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
                      env:
            ↓            - name: DATABASE_URL
                          value: postgres://api@orders-db.prod.example.net:5432/orders?sslmode=disable
            ↓            - {name: SPRING_DATASOURCE_URL, value: "jdbc:sqlserver://sql.prod.example.net:1433;databaseName=orders;encrypt=false"}
                      args:
            ↓            - --broker=amqp://mq.prod.example.net:5672/orders
            """, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: reports
            data:
              # An explicit downgrade inside the cluster: nothing in the file shows a mesh encrypting it.
            ↓  DATABASE_URL: postgresql://reports@reports-db.data.svc.cluster.local/reports?sslmode=disable
            ↓  MONGO_URL: mongodb://mongo-0.mongo.data.svc:27017/reports?ssl=false
            """],
        nonTriggering: ["""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:2.1
                      env:
                        - name: DATABASE_URL
                          value: postgres://api@orders-db.prod.example.net:5432/orders?sslmode=verify-full
                        - name: SPRING_DATASOURCE_URL
                          value: "jdbc:sqlserver://sql.prod.example.net:1433;databaseName=orders;encrypt=true"
                        - name: CACHE_URL
                          value: rediss://cache.prod.example.net:6380/0
                        - name: SIDECAR_DB_URL
                          value: postgres://api@127.0.0.1:5432/orders?sslmode=disable
                      args:
                        - --broker=amqps://mq.prod.example.net:5671/orders
            """, """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: reports
            data:
              # Plain schemes and libpq's default to Services of the cluster.
              CACHE_URL: redis://redis.data.svc.cluster.local:6379/0
              BROKER_URL: amqp://rabbitmq:5672/
              DATABASE_URL: postgresql://reports@reports-db/reports
              PGSSLMODE_NOTE: sslmode=disable is refused by the server
            """])

    func check(_ object: KubernetesObject) -> [Violation] {
        if object.kind == "ConfigMap" {
            return (object.root["data"]?.entries ?? []).flatMap { entry -> [Violation] in
                guard let value = entry.value.string else { return [] }
                return ConnectionString.downgrades(in: value).map { downgrade in
                    Violation(line: entry.keyLine, message: ConnectionString.message(downgrade, subject: "ConfigMap `\(object.displayName)` key `\(entry.key)`"),
                              identity: "\(object.identity)|connection:\(entry.key)")
                }
            }
        }
        return (object.workload?.containers ?? []).flatMap { container -> [Violation] in
            let variables = (container.node["env"]?.items ?? []).flatMap { variable -> [Violation] in
                guard let name = variable["name"]?.string, let value = variable["value"]?.string else { return [] }
                return ConnectionString.downgrades(in: value).map { downgrade in
                    Violation(line: variable.firstKeyLine, message: ConnectionString.message(downgrade, subject: "\(container.subject) sets `\(name)`: it"),
                              identity: container.identity("connection:\(name)"))
                }
            }
            let arguments = ["command", "args"].flatMap { key in (container.node[key]?.items ?? []) }.flatMap { item -> [Violation] in
                guard let value = item.string else { return [] }
                return ConnectionString.downgrades(in: value).map { downgrade in
                    Violation(line: item.firstKeyLine, message: ConnectionString.message(downgrade, subject: "\(container.subject)'s command line"),
                              identity: container.identity("connection:\(downgrade.scheme)@\(downgrade.host)"))
                }
            }
            return variables + arguments
        }
    }
}
