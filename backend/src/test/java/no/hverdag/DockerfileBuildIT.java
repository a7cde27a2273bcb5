package no.hverdag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's build stage, without Docker: copy exactly what {@code backend/Dockerfile}'s
 * build stage copies into an empty directory and run its Maven command there. A module
 * the root POM lists but the Dockerfile forgets to copy (as happened with
 * {@code benchmarks}) fails here, not on an operator's machine.
 */
class DockerfileBuildIT {

	private static final Pattern COPY = Pattern.compile("^COPY\\s+(?!--from)(.+)$");

	private static final Pattern MAVEN = Pattern.compile("\\./mvnw\\s+([^;\\\\]+);");

	@Test
	@DisplayName("the Dockerfile's build stage builds the application jar from only what it copies")
	void buildStageBuildsFromWhatItCopies(@TempDir Path context) throws Exception {
		Path root = Path.of("..").toAbsolutePath().normalize();
		List<String> buildStage = buildStage(root.resolve("backend/Dockerfile"));

		for (String line : buildStage) {
			Matcher copy = COPY.matcher(line.trim());
			if (copy.matches()) {
				String[] parts = copy.group(1).trim().split("\\s+");
				for (int i = 0; i < parts.length - 1; i++) {
					copyTree(root.resolve(parts[i]), context.resolve(parts[i]));
				}
			}
		}
		Matcher maven = MAVEN.matcher(String.join(" ", buildStage));
		assertThat(maven.find()).as("a ./mvnw command in the build stage").isTrue();

		List<String> command = new ArrayList<>(List.of("./mvnw"));
		command.addAll(List.of(maven.group(1).trim().split("\\s+")));
		// Offline: every dependency is already in the local repository of this build.
		command.add("-o");
		Process build = new ProcessBuilder(command).directory(context.toFile())
			.redirectErrorStream(true)
			.redirectOutput(context.resolve("build.log").toFile())
			.start();
		assertThat(build.waitFor(20, TimeUnit.MINUTES)).as("the build finished within 20 minutes").isTrue();
		String log = Files.readString(context.resolve("build.log"), StandardCharsets.UTF_8);
		assertThat(build.exitValue()).as("exit code of %s, output:%n%s", command, log).isZero();
		try (Stream<Path> jars = Files.list(context.resolve("backend/target"))) {
			assertThat(jars.map(p -> p.getFileName().toString()))
				.anyMatch(name -> name.matches("hverdag-backend-.*\\.jar") && !name.endsWith("-plain.jar"));
		}
	}

	/** The lines from the {@code FROM ... AS build} line to the next {@code FROM}. */
	private static List<String> buildStage(Path dockerfile) throws IOException {
		List<String> stage = new ArrayList<>();
		boolean inBuild = false;
		for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
			if (line.startsWith("FROM ")) {
				if (inBuild) {
					break;
				}
				inBuild = line.contains(" AS build");
			}
			else if (inBuild && !line.startsWith("#")) {
				stage.add(line);
			}
		}
		assertThat(stage).as("the build stage of %s", dockerfile).isNotEmpty();
		return stage;
	}

	/**
	 * Copies a file or a tree, leaving out what .dockerignore leaves out (build output,
	 * data).
	 */
	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			throw new IllegalStateException("The Dockerfile copies " + from + ", which does not exist");
		}
		try (Stream<Path> files = Files.walk(from)) {
			files.filter(p -> !ignored(from.relativize(p))).forEach(source -> {
				Path target = to.resolve(from.relativize(source).toString());
				try {
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
						Files.createDirectories(target.getParent());
						Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static boolean ignored(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.equals("target") || name.equals("data") || name.equals("node_modules")) {
				return true;
			}
		}
		return false;
	}

}
