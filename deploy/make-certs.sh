#!/bin/sh
# Local TLS for compose.yaml: a throw-away CA, a certificate for rugzak.localhost and *.rugzak.localhost (the proxy's),
# and a Java truststore (the JDK's own CAs plus this one) so the Rugzak containers trust Keycloak behind the proxy.
# Needs openssl and a JDK's keytool. Writes deploy/certs/ (git-ignored). For a real deployment use real certificates.
set -eu
cd "$(dirname "$0")"
mkdir -p certs && cd certs
openssl req -x509 -newkey rsa:3072 -nodes -days 825 -subj "/CN=Rugzak local CA" \
    -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=rugzak.localhost" -keyout site.key -out site.csr 2>/dev/null
printf 'subjectAltName=DNS:rugzak.localhost,DNS:*.rugzak.localhost\nextendedKeyUsage=serverAuth\n' > site.ext
openssl x509 -req -in site.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -extfile site.ext -out site.crt 2>/dev/null
cat site.crt site.key > rugzak.localhost.pem
keytool="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v keytool)")")")}"
rm -f truststore.p12
"$keytool" -importkeystore -noprompt -srckeystore "$java_home/lib/security/cacerts" -srcstorepass changeit \
    -destkeystore truststore.p12 -deststoretype PKCS12 -deststorepass changeit >/dev/null 2>&1
"$keytool" -importcert -noprompt -alias rugzak-local-ca -file ca.crt -keystore truststore.p12 -storepass changeit >/dev/null
chmod 644 rugzak.localhost.pem truststore.p12
rm -f site.csr site.ext ca.srl
echo "Written to $(pwd): ca.crt (trust it in your browser), rugzak.localhost.pem (HAProxy), truststore.p12 (Rugzak)"
