# A Debian base with a few packages, for CI where no image registry is reachable (see docker-base-images.sh).
FROM flowsim/debian-minbase:local
ARG PACKAGES
# extra-ca/ holds the host's own certificate authorities for the build base, and nothing for the runtime base.
COPY extra-ca/ /usr/local/share/ca-certificates/
# ca-certificates-java needs /proc while Java is configured, which a plain chroot lacks and a build container has.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates $PACKAGES \
 && update-ca-certificates \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
