package jp.yui.app.market;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.yui.app.market.usecase.Products;
import jp.yui.app.web.Identifiers;
import jp.yui.domain.market.api.TaxCategory;
import jp.yui.domain.market.query.ProductView;

/** 商品・ラベル: products of the organization's producers, in integer yen, tax-inclusive. */
@RestController
@RequestMapping("/api/orgs/{org}/market/products")
class ProductsController {

    record RegisterRequest(@NotNull @Pattern(regexp = Identifiers.MARKET_CODE) String code,
                           @NotBlank @Size(max = 100) String name,
                           @NotNull @Pattern(regexp = Identifiers.PRODUCER_ID) String producerId,
                           @Size(max = 40) String productGroup, @Min(0) @Max(1_000_000) int priceYen,
                           @NotNull TaxCategory taxCategory) {
    }

    record ChangeRequest(@NotBlank @Size(max = 100) String name, @Size(max = 40) String productGroup,
                         @Min(0) @Max(1_000_000) int priceYen, @NotNull TaxCategory taxCategory, boolean onSale) {
    }

    private final Products products;

    ProductsController(Products products) {
        this.products = products;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> register(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                                 @Valid @RequestBody RegisterRequest r, Principal by) {
        return Map.of("productId", products.register(org, new Products.Registration(r.code(), r.name(),
                r.producerId(), blankToNull(r.productGroup()), r.priceYen(), r.taxCategory()), by.getName()));
    }

    /** The organization's products, or with {@code ?code=} the one with that label code (none or one). */
    @GetMapping
    List<ProductView> list(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                           @RequestParam(required = false) @Pattern(regexp = Identifiers.MARKET_CODE) String code) {
        return code == null ? products.list(org) : products.byCode(org, code).stream().toList();
    }

    @PutMapping("/{productId}")
    Map<String, String> change(@PathVariable @Pattern(regexp = Identifiers.SLUG) String org,
                               @PathVariable @Pattern(regexp = Identifiers.PRODUCT_ID) String productId,
                               @Valid @RequestBody ChangeRequest r, Principal by) {
        products.change(org, productId, r.name(), blankToNull(r.productGroup()), r.priceYen(), r.taxCategory(),
                r.onSale(), by.getName());
        return Map.of("productId", productId, "status", "changed");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
