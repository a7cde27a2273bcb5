package no.hverdag.municipalities.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MunicipalityApi {

	private final MunicipalityDirectory directory;

	private final MunicipalityMapper mapper;

	MunicipalityApi(MunicipalityDirectory directory, MunicipalityMapper mapper) {
		this.directory = directory;
		this.mapper = mapper;
	}

	@Operation(summary = "All municipalities of Norway")
	@GetMapping("/api/v1/municipalities")
	List<MunicipalityResponse> all() {
		return this.directory.all().stream().map(this.mapper::toResponse).toList();
	}

	@Operation(summary = "One municipality by its number")
	@GetMapping("/api/v1/municipalities/{number}")
	MunicipalityResponse one(@PathVariable String number) {
		return this.directory.find(number)
			.map(this.mapper::toResponse)
			.orElseThrow(() -> new HverdagException.NotFound("municipality", number));
	}

	record MunicipalityResponse(String number, String name, List<String> otherNames, String countyNumber,
			String countyName, double lat, double lon) {
	}

}
