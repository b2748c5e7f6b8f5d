/// Infrastructure files several suites need alike.
public enum Fixtures {
    /// Passes every rule: pinned base, non-root user, healthcheck.
    public static let cleanDockerfile = """
        FROM alpine:3.20@sha256:77726ef6b57ddf65bb551896826ec38bc3e53f75cdde31354fbffb4f25238ebd
        USER 10001
        HEALTHCHECK CMD ["true"]
        CMD ["sh"]
        """

    /// An SSH security group whose CIDR comes from `var.cidr`: safe or open depending on a value
    /// set in another file (a variable default, a tfvars file).
    public static let securityGroupFromVariable = """
        resource "aws_security_group" "ssh" {
          ingress {
            from_port   = 22
            to_port     = 22
            protocol    = "tcp"
            cidr_blocks = [var.cidr]
          }
        }
        """
}
