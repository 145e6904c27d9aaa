package jp.yui.app.admin.page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.yui.app.page.PageController;

/** 管理: the organization admin's start page, with a link to each thing they set up. */
@PageController
class AdminPage {

    @GetMapping({"/orgs/{org}/admin", "/orgs/{org}/admin/"})
    String index(@PathVariable String org) {
        return "admin/index";
    }
}
