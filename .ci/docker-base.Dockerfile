# A Debian base with a few packages, for CI where no image registry is reachable (see docker-base-images.sh).
FROM flowsim/debian-minbase:local
ARG PACKAGES
# ca-certificates-java needs /proc while Java is configured, which a plain chroot lacks and a build container has.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $PACKAGES \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
