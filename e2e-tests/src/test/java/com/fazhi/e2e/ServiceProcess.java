package com.fazhi.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service's packaged jar, run as its own process on a free port, as {@code ./stack} runs it. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The broker or the Mongo-wire server as its own process, as ./stack runs them: {@code mainClass args…}. */
    static ServiceProcess startMain(Path root, String name, int port, String mainClass, String... args) throws IOException {
        Path lib = root.resolve("local-stack/target");
        String classpath = lib.resolve("lib").toAbsolutePath() + "/*" + java.io.File.pathSeparator
                + lib.resolve("local-stack-0.1.0-SNAPSHOT.jar").toAbsolutePath();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile(name, ".log");
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx768m", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return new ServiceProcess(name, port, log, new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }

    /** Waits until the process accepts TCP connections on its port. */
    void awaitListening(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + Files.readString(log));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(name + " not listening after " + timeout + ": " + Files.readString(log));
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to the broker or the store. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail() throws IOException {
        String all = Files.readString(log);
        return all.substring(Math.max(0, all.length() - 4000));
    }

    int port() {
        return port;
    }

    static ServiceProcess start(Path root, String module, int port, Map<String, String> env) throws IOException {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify (it packages the services first)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile(module, ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // these tests start up to three extract-service instances at once on two cores: a short JIT warm-up (the
        // service's own is 400 extractions, measured by bin/pipelinebench) keeps their start within the tests' waits
        builder.environment().put("EXTRACT_WARMUP_REPORTS", "40");
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(module, port, log, builder.start());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void awaitReady(HttpClient http, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ": " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
